package dev.sitrep.positions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stance heads: models learnt for one issue from sentences labelled with their stance toward it, which weigh the
 * sentence's meaning (its vectors from {@link SentenceEncoder}s) beside the word features every issue has. An issue
 * with a head is judged by it; any other issue, and every issue when an encoder the head names is not on the class
 * path, by the shared {@link StanceModel}.
 *
 * <p>A head is a {@link StanceModel} file named for the issue's id, {@code heads/<id>.tsv} beside this class on the
 * class path, whose header names its encoders ({@code # encoders: e5-small-v2-q bge-small-en-v15-q}); its features
 * are those of {@link StanceFeatures} and {@code embed:<encoder>:<i>}, the i-th component of the encoder's vector.
 * {@code ./sitrep eval stance --write-head FILE} learns the bundled one.
 */
public final class StanceHeads {
    /** The prefix of a feature that is a component of a sentence vector. */
    public static final String EMBED = "embed:";
    private static final Map<String, Optional<Head>> BUNDLED = new ConcurrentHashMap<>();
    private static final Map<String, Optional<SentenceEncoder>> ENCODERS = new ConcurrentHashMap<>();
    private static final Map<String, String[]> NAMES = new ConcurrentHashMap<>();

    /** A learnt head and the encoders its features need, in the order the file names them. */
    public record Head(StanceModel model, List<SentenceEncoder> encoders) {
        public Head {
            encoders = List.copyOf(encoders);
        }

        /** The word features of {@code f} and the components of the sentence's vectors, as the head weighs them. */
        Map<String, Double> features(Map<String, Double> words, String sentence) {
            return withVectors(words, sentence, encoders);
        }
    }

    private StanceHeads() {
    }

    /** The bundled head of the issue with this id, when there is one and its encoders are on the class path. */
    public static Optional<Head> bundled(String issueId) {
        return BUNDLED.computeIfAbsent(issueId, StanceHeads::load);
    }

    /** A head from a model whose header names its encoders; empty when one of them is not on the class path. */
    public static Optional<Head> of(StanceModel model) {
        return encoders(model.encoders()).map(e -> new Head(model, e));
    }

    /** The encoders of these names, in that order; empty when one of them is not on the class path. */
    public static Optional<List<SentenceEncoder>> encoders(List<String> names) {
        List<SentenceEncoder> out = new ArrayList<>();
        for (String name : names) {
            Optional<SentenceEncoder> e = encoder(name);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            out.add(e.get());
        }
        return Optional.of(out);
    }

    /** The encoder of this name on the class path. */
    public static Optional<SentenceEncoder> encoder(String name) {
        return ENCODERS.computeIfAbsent(name, n -> ServiceLoader.load(SentenceEncoder.class,
                StanceHeads.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals(n)).findFirst());
    }

    /**
     * The word features of a sentence toward an issue ({@link StanceDetector#features}) and, after them, each
     * component of the sentence's vector from each encoder, named as a head's features are.
     */
    public static Map<String, Double> withVectors(Map<String, Double> words, String sentence,
            List<SentenceEncoder> encoders) {
        Map<String, Double> out = new LinkedHashMap<>(words);
        for (SentenceEncoder e : encoders) {
            float[] v = e.encode(sentence);
            String[] names = featureNames(e.name(), v.length);
            for (int i = 0; i < v.length; i++) {
                out.put(names[i], (double) v[i]);
            }
        }
        return out;
    }

    /** The feature names of an encoder's components ({@code embed:NAME:I}), made once per encoder. */
    private static String[] featureNames(String encoder, int dimensions) {
        String[] names = NAMES.get(encoder);
        if (names == null || names.length != dimensions) {
            names = new String[dimensions];
            for (int i = 0; i < dimensions; i++) {
                names[i] = EMBED + encoder + ":" + i;
            }
            NAMES.put(encoder, names);
        }
        return names;
    }

    /** The resource a bundled head of this issue is read from. */
    public static String resource(String issueId) {
        return "heads/" + issueId.toLowerCase(Locale.ROOT) + ".tsv";
    }

    private static Optional<Head> load(String issueId) {
        String name = resource(issueId);
        try (InputStream in = StanceHeads.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return of(StanceModel.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/sitrep/positions/" + name, e);
        }
    }
}
