package dev.sitrep.query.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.query.Page;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The measuring asks through {@link StoreSearch} only: any store can be measured, here one that answers nothing. */
class LatenciesTest {
    /** A store with nothing in it that counts the questions it is asked, and the threads asking them. */
    private static final class EmptyStore {
        final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();

        StoreSearch proxy() {
            return (StoreSearch) Proxy.newProxyInstance(StoreSearch.class.getClassLoader(), new Class<?>[] {StoreSearch.class},
                    (self, method, args) -> {
                        asked.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                        threads.add(Thread.currentThread());
                        Class<?> type = method.getReturnType();
                        if (type == Page.class) {
                            return new Page<>(0, 0, 1, List.of());
                        } else if (type == Optional.class) {
                            return Optional.empty();
                        } else if (type == int.class) {
                            return 0;
                        } else if (type == List.class) {
                            return List.of();
                        }
                        return null;
                    });
        }
    }

    @Test
    void everyKindIsAskedRunsTimesPerThreadAfterAsManyWarmUpQuestions() throws IOException {
        EmptyStore empty = new EmptyStore();
        QueryMix mix = new QueryMix(List.of(
                new QueryMix.Kind("entities", (s, r) -> s.entities(null, null, 0, 20)),
                new QueryMix.Kind("stories", (s, r) -> s.stories(null, null, r.nextInt(2) * 20, 20))));
        List<Latencies.Figures> figures = Latencies.measure(empty.proxy(), mix, 25, 3);
        assertEquals(List.of("entities", "stories"), figures.stream().map(Latencies.Figures::query).toList());
        for (Latencies.Figures f : figures) {
            assertEquals(3, f.concurrency());
            assertEquals(25, f.runs());
            assertTrue(f.p50Millis() <= f.p99Millis() && f.cpuP50Millis() <= f.cpuP99Millis(), f.toString());
            assertTrue(f.perSecond() > 0, f.toString());
            assertTrue(f.toString().startsWith(f.query()) && f.toString().contains("threads  3"), f.toString());
        }
        assertEquals(2 * 25 * 3, empty.asked.get("entities").get());
        assertEquals(2 * 25 * 3, empty.asked.get("stories").get());
        assertEquals(3, empty.threads.size());
    }

    @Test
    void theSyntheticMixAsksEveryKindOfQuestionTheApiAnswers() throws IOException {
        EmptyStore empty = new EmptyStore();
        List<Latencies.Figures> figures = Latencies.measure(empty.proxy(), 2, 1);
        // No story to open in an empty store: the story kind needs stories.
        assertEquals(List.of("search", "quotes", "speaker", "entities", "entity", "timeline", "stories", "events",
                "positions", "search facets", "statement facets"), figures.stream().map(Latencies.Figures::query).toList());
        // Positions ask for the statements of an issue in one go.
        assertEquals(Set.of("search", "quotes", "entities", "entity", "timeline", "stories", "articleCount", "events",
                "statements", "facets"), empty.asked.keySet());
    }

    @Test
    void aFailingQuestionFailsTheMeasurementAndReleasesTheOtherThreads() {
        EmptyStore empty = new EmptyStore();
        AtomicInteger asked = new AtomicInteger();
        QueryMix mix = new QueryMix(List.of(new QueryMix.Kind("broken", (s, r) -> {
            if (asked.incrementAndGet() == 5) {
                throw new IOException("index gone");
            }
            return null;
        })));
        IOException e = assertThrows(IOException.class, () -> Latencies.measure(empty.proxy(), mix, 10, 4));
        assertEquals("index gone", e.getMessage());
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * 1_000_000L;
        }
        assertEquals(50.0, Latencies.percentile(sorted, 0.50));
        assertEquals(99.0, Latencies.percentile(sorted, 0.99));
        assertEquals(7.0, Latencies.percentile(new long[] {7_000_000L}, 0.99));
    }
}
