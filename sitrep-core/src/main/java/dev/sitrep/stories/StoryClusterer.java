package dev.sitrep.stories;

import dev.sitrep.dedup.FunctionWords;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles about the same event into stories as they arrive (single-pass online clustering in the
 * spirit of Miranda et al. 2018, "Multilingual Clustering of Streaming News"): each article becomes a sparse
 * TF-IDF vector of its title words (weighted up), body words and entity ids; it joins the story whose
 * centroid it resembles most, discounted by the days between them, when that score passes a threshold,
 * and starts a new story otherwise. Copies ({@code duplicateOf}) always join their original's story.
 *
 * <p>Document frequencies are learned from the stream itself. Candidate stories come from an inverted index
 * of each centroid's strongest features: the article's own strongest features walk their postings and add
 * up a partial dot product, and only the best few candidates are scored in full. Stories too far in time to
 * pass the threshold whatever their likeness are skipped, so the cost per article does not grow with the
 * store. Not thread-safe.
 */
public final class StoryClusterer {
    /** Least time-discounted cosine for an article to join a story. */
    static final double JOIN = 0.32;
    /** Days after which a story's pull has halved. */
    static final double HALF_LIFE_DAYS = 4;
    private static final int CENTROID_FEATURES = 60;
    private static final double TITLE_WEIGHT = 2.0;
    private static final double ENTITY_WEIGHT = 1.5;
    private static final double PRIOR_DOCUMENTS = 20;
    /** How many of an article's strongest features look up candidate stories. */
    private static final int QUERY_FEATURES = 16;
    /** How many of a feature's newest postings are read: stories arrive roughly in date order. */
    private static final int POSTING_SCAN = 200;
    /** Days beyond a story's span at which {@link #decay} alone falls below {@link #JOIN}. */
    public static final long REACH_DAYS = (long) Math.ceil(HALF_LIFE_DAYS * Math.log(1 / JOIN) / Math.log(2));
    /** How many candidates, best by partial dot product, get a full score. */
    private static final int RESCORED = 12;

    /** Each feature's number, in the order features were first seen; arrays below are indexed by it. */
    private final Map<String, Integer> featureIds = new HashMap<>();
    private int[] documentFrequency = new int[1024];
    private int documents;
    private final List<Story> stories = new ArrayList<>();
    /**
     * The newest {@link #POSTING_SCAN} stories per centroid feature (a ring: older ones are never read again),
     * appended when a feature enters a centroid and never removed: a story whose centroid has since dropped the
     * feature is skipped when read, which keeps appends O(1).
     */
    private int[][] postings = new int[1024][];
    /** How many stories were ever appended to each feature's postings. */
    private int[] postingCount = new int[1024];
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    private final Map<String, Integer> storyIndex = new HashMap<>();

    /**
     * A story as the clusterer sees it; {@link #id()} is stable: the id of its first article, prefixed "s". Its
     * centroid is two arrays ordered by feature number: sixty features take under 800 bytes, about an eighth of
     * a map of strings to boxed numbers.
     */
    public static final class Story {
        private final String id;
        private Vector centroid = Vector.EMPTY;
        private double norm;
        private int size;
        /** First and last day as epoch days; {@link #UNDATED} until a dated article joins. */
        private long first = UNDATED;
        private long last = UNDATED;

        private Story(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public int size() {
            return size;
        }
    }

    private static final long UNDATED = Long.MIN_VALUE;

    /** A sparse vector: feature numbers in increasing order and their weights. */
    record Vector(int[] features, double[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new double[0]);

        int length() {
            return features.length;
        }

        /** The weight of a feature, 0 when absent. */
        double get(int feature) {
            int i = Arrays.binarySearch(features, feature);
            return i >= 0 ? weights[i] : 0;
        }

        /** Positions of the {@code n} strongest features: by weight, then by feature number. */
        int[] strongest(int n) {
            Integer[] order = new Integer[features.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                    : Integer.compare(features[a], features[b]));
            int[] top = new int[Math.min(n, order.length)];
            for (int i = 0; i < top.length; i++) {
                top[i] = order[i];
            }
            return top;
        }
    }

    /** Assigns {@code article} to a story and returns the story id. */
    public String assign(Article article) {
        if (joinsOriginal(article)) {
            int s = storyOfArticle.get(article.duplicateOf());
            storyOfArticle.put(article.id(), s);
            stories.get(s).size++;
            widen(stories.get(s), article.published());
            return stories.get(s).id;
        }
        Vector vector = vector(article);
        int best = -1;
        double bestScore = 0;
        for (int s : candidates(vector, article.published())) {
            Story story = stories.get(s);
            double score = cosine(vector, story) * decay(story, article.published());
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best < 0 || bestScore < JOIN) {
            best = stories.size();
            stories.add(new Story("s" + article.id()));
            storyIndex.put(stories.get(best).id, best);
        }
        Story story = stories.get(best);
        absorb(story, best, vector);
        widen(story, article.published());
        storyOfArticle.put(article.id(), best);
        return story.id;
    }

    /**
     * Puts an article back into the story it was assigned before (when a store reopens), without scoring:
     * the story keeps its id and learns the article's features, so later articles can still join it.
     */
    public void restore(Article article, String storyId) {
        restore(article, storyId, false);
    }

    /**
     * Puts an article back into the story {@link #assign} gave it, leaving the clusterer in exactly the state
     * that assigning it did, provided the articles are restored in the order they were assigned: a store that
     * replays its articles so continues as if it had never closed (the same later stories after a crash as in
     * an uninterrupted run).
     *
     * @param viaCopy whether {@link #assign} put the article in its original's story without scoring it
     *                ({@link #joinsOriginal}), which learns no features
     */
    public void restore(Article article, String storyId, boolean viaCopy) {
        Integer index = storyIndex.get(storyId);
        if (index == null) {
            index = stories.size();
            stories.add(new Story(storyId));
            storyIndex.put(storyId, index);
        }
        Story story = stories.get(index);
        if (viaCopy) {
            story.size++;
        } else {
            absorb(story, index, vector(article));
        }
        widen(story, article.published());
        storyOfArticle.put(article.id(), index);
    }

    /** Whether {@link #assign} will put this article in its original's story without scoring it. */
    public boolean joinsOriginal(Article article) {
        return article.duplicateOf() != null && storyOfArticle.containsKey(article.duplicateOf());
    }

    /** Features of an article: title and body words (lower case, 3+ letters), entity ids; TF-IDF, unit length. */
    Vector vector(Article article) {
        Map<String, Double> tf = new HashMap<>();
        addWords(tf, article.title(), TITLE_WEIGHT);
        addWords(tf, article.text(), 1.0);
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.OTHER) {
                tf.merge("@" + e.id(), ENTITY_WEIGHT * Math.min(3, e.mentions()), Double::sum);
            }
        }
        documents++;
        int[] features = new int[tf.size()];
        double[] counts = new double[tf.size()];
        int n = 0;
        for (var e : tf.entrySet()) {
            int f = featureIds.computeIfAbsent(e.getKey(), k -> featureIds.size());
            if (f >= documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, 2 * f + 1);
            }
            documentFrequency[f]++;
            features[n] = f;
            counts[n++] = e.getValue();
        }
        sortByFeature(features, counts, n);
        double[] weights = new double[n];
        int kept = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            // Pseudo-documents that hold no feature keep the first articles of a stream from treating every
            // shared word as rare (the frequencies are learned from the stream itself).
            double idf = Math.log((documents + PRIOR_DOCUMENTS) / (documentFrequency[features[i]] + 0.5));
            double w = (1 + Math.log(counts[i])) * Math.max(0, idf);
            if (w > 0) {
                features[kept] = features[i];
                weights[kept++] = w;
                norm += w * w;
            }
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < kept; i++) {
            weights[i] /= length;
        }
        return new Vector(Arrays.copyOf(features, kept), Arrays.copyOf(weights, kept));
    }

    /** Sorts the first {@code n} features in increasing order, their values alongside. */
    private static void sortByFeature(int[] features, double[] values, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            // Feature numbers are non-negative ints: the number in the high half orders, the index rides below.
            packed[i] = ((long) features[i] << 32) | i;
        }
        Arrays.sort(packed);
        double[] copy = Arrays.copyOf(values, n);
        for (int i = 0; i < n; i++) {
            features[i] = (int) (packed[i] >>> 32);
            values[i] = copy[(int) packed[i]];
        }
    }

    private static void addWords(Map<String, Double> tf, String text, double weight) {
        if (text == null) {
            return;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !FunctionWords.contains(w)) {
                tf.merge(w, weight, Double::sum);
            }
        }
    }

    /**
     * The stories worth a full score: those sharing the article's strongest features, ranked by the partial dot
     * product over those features (ties by age, oldest first), skipping stories whose distance in days alone
     * keeps them below {@link #JOIN}.
     */
    private List<Integer> candidates(Vector vector, LocalDate date) {
        Map<Integer, double[]> partial = new HashMap<>();
        for (int at : vector.strongest(QUERY_FEATURES)) {
            int f = vector.features()[at];
            int count = f < postingCount.length ? postingCount[f] : 0;
            for (int i = count - 1, stop = Math.max(0, count - POSTING_SCAN); i >= stop; i--) {
                int s = postings[f][i % POSTING_SCAN];
                Story story = stories.get(s);
                if (reachable(story, date)) {
                    double c = story.centroid.get(f);
                    if (c != 0) {
                        partial.computeIfAbsent(s, k -> new double[1])[0] += vector.weights()[at] * c;
                    }
                }
            }
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(partial.entrySet());
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Double.compare(b.getValue()[0], a.getValue()[0])
                : Integer.compare(a.getKey(), b.getKey()));
        List<Integer> out = new ArrayList<>(Math.min(RESCORED, ranked.size()));
        for (Map.Entry<Integer, double[]> e : ranked.subList(0, Math.min(RESCORED, ranked.size()))) {
            out.add(e.getKey());
        }
        return out;
    }

    /** Appends a story to a feature's postings, overwriting the oldest once it holds {@link #POSTING_SCAN}. */
    private void post(int feature, int story) {
        if (feature >= postings.length) {
            int size = Math.max(2 * postings.length, feature + 1);
            postings = Arrays.copyOf(postings, size);
            postingCount = Arrays.copyOf(postingCount, size);
        }
        int count = postingCount[feature];
        int[] ring = postings[feature];
        if (ring == null) {
            ring = postings[feature] = new int[4];
        } else if (count < POSTING_SCAN && count == ring.length) {
            ring = postings[feature] = Arrays.copyOf(ring, Math.min(POSTING_SCAN, 2 * ring.length));
        }
        ring[count % POSTING_SCAN] = story;
        postingCount[feature] = count + 1;
    }

    private void absorb(Story story, int index, Vector vector) {
        // Running mean of member vectors, trimmed to the strongest features: both vectors are in feature order,
        // merged in one pass.
        double keep = story.size / (story.size + 1.0);
        double share = 1 / (story.size + 1.0);
        Vector c = story.centroid;
        int[] features = new int[c.length() + vector.length()];
        double[] weights = new double[features.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < c.length() || j < vector.length()) {
            int fc = i < c.length() ? c.features()[i] : Integer.MAX_VALUE;
            int fv = j < vector.length() ? vector.features()[j] : Integer.MAX_VALUE;
            if (fc < fv) {
                features[n] = fc;
                weights[n++] = c.weights()[i++] * keep;
            } else if (fv < fc) {
                post(fv, index);
                features[n] = fv;
                weights[n++] = vector.weights()[j++] * share;
            } else {
                features[n] = fc;
                weights[n++] = c.weights()[i++] * keep + vector.weights()[j++] * share;
            }
        }
        Vector merged = new Vector(Arrays.copyOf(features, n), Arrays.copyOf(weights, n));
        story.size++;
        if (n > CENTROID_FEATURES) {
            int[] top = merged.strongest(CENTROID_FEATURES);
            Arrays.sort(top);
            int[] f = new int[top.length];
            double[] w = new double[top.length];
            for (int k = 0; k < top.length; k++) {
                f[k] = merged.features()[top[k]];
                w[k] = merged.weights()[top[k]];
            }
            merged = new Vector(f, w);
        }
        story.centroid = merged;
        double norm = 0;
        for (double w : merged.weights()) {
            norm += w * w;
        }
        story.norm = Math.sqrt(norm);
    }

    private static double cosine(Vector v, Story story) {
        Vector c = story.centroid;
        double dot = 0;
        for (int i = 0, j = 0; i < v.length() && j < c.length(); ) {
            int a = v.features()[i];
            int b = c.features()[j];
            if (a == b) {
                dot += v.weights()[i++] * c.weights()[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return story.norm == 0 ? 0 : dot / story.norm;
    }

    /** Whether {@code date} is near enough the story's span for it to pass {@link #JOIN} at all. */
    private static boolean reachable(Story story, LocalDate date) {
        if (date == null || story.first == UNDATED) {
            return true;
        }
        long day = date.toEpochDay();
        return day >= story.first - REACH_DAYS && day <= story.last + REACH_DAYS;
    }

    /** 1 within the story's span; halves every {@link #HALF_LIFE_DAYS} days outside it; 1 when undated. */
    private static double decay(Story story, LocalDate date) {
        if (date == null || story.first == UNDATED) {
            return 1;
        }
        long day = date.toEpochDay();
        long days = day < story.first ? story.first - day : day > story.last ? day - story.last : 0;
        return Math.pow(0.5, days / HALF_LIFE_DAYS);
    }

    private static void widen(Story story, LocalDate date) {
        if (date == null) {
            return;
        }
        long day = date.toEpochDay();
        if (story.first == UNDATED || day < story.first) {
            story.first = day;
        }
        if (story.last == UNDATED || day > story.last) {
            story.last = day;
        }
    }

    /** How many stories exist so far. */
    public int storyCount() {
        return stories.size();
    }
}
