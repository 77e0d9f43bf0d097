package dev.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.nlp.NamedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One recognizer, several threads at once: every thread gets what a single thread gets. */
class ConcurrencyTest {
    private static final List<String> TEXTS = List.of(
            "Maria Keller, a spokeswoman for Siemens, said the plant in Erlangen would reopen.",
            "Prime Minister Tomasz Nowak arrived in Vilnius for talks with the Lithuanian government.",
            "The World Health Organization warned that cases in Nairobi and Kampala were rising.",
            "Kenji Watanabe of Toyota met union leaders in Nagoya on Thursday.",
            "Officials from the Red Cross crossed into Gaza from Egypt at Rafah.",
            "Chancellor Olaf Brandt told the Bundestag that Germany would send more air defence to Ukraine.");

    @Test
    void concurrentCallsGiveTheSameSpansAsSequentialOnes() throws Exception {
        CoreNlpRecognizer ner = new CoreNlpRecognizer();
        List<List<NamedSpan>> expected = TEXTS.stream().map(ner::recognize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<NamedSpan>>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<List<NamedSpan>> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        got = TEXTS.stream().map(ner::recognize).toList();
                    }
                    return got;
                }));
            }
            for (Future<List<List<NamedSpan>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstCallsLoadTheModelOnce() throws Exception {
        // Fresh instances share the per-model classifier; whichever thread comes first loads it.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object>> loads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                loads.add(pool.submit(() -> CrfModel.CONLL_4CLASS.classifier()));
            }
            Object first = loads.get(0).get();
            for (Future<Object> f : loads) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
