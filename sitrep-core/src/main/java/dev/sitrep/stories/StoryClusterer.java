package dev.sitrep.stories;

import dev.sitrep.dedup.FunctionWords;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final List<Story> stories = new ArrayList<>();
    /**
     * Stories per centroid feature, appended when a feature enters a centroid and never removed: a story
     * whose centroid has since dropped the feature is skipped when read, which keeps appends O(1).
     */
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    private final Map<String, Integer> storyIndex = new HashMap<>();

    /** A story as the clusterer sees it; {@link #id()} is stable: the id of its first article, prefixed "s". */
    public static final class Story {
        private final String id;
        private final Map<String, Double> centroid = new HashMap<>();
        private double norm;
        private int size;
        private LocalDate first;
        private LocalDate last;

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

    /** Assigns {@code article} to a story and returns the story id. */
    public String assign(Article article) {
        if (joinsOriginal(article)) {
            int s = storyOfArticle.get(article.duplicateOf());
            storyOfArticle.put(article.id(), s);
            stories.get(s).size++;
            widen(stories.get(s), article.published());
            return stories.get(s).id;
        }
        Map<String, Double> vector = vector(article);
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
    Map<String, Double> vector(Article article) {
        Map<String, Double> tf = new HashMap<>();
        addWords(tf, article.title(), TITLE_WEIGHT);
        addWords(tf, article.text(), 1.0);
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.OTHER) {
                tf.merge("@" + e.id(), ENTITY_WEIGHT * Math.min(3, e.mentions()), Double::sum);
            }
        }
        documents++;
        for (String f : tf.keySet()) {
            documentFrequency.merge(f, 1, Integer::sum);
        }
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : tf.entrySet()) {
            // Pseudo-documents that hold no feature keep the first articles of a stream from treating every
            // shared word as rare (the frequencies are learned from the stream itself).
            double idf = Math.log((documents + PRIOR_DOCUMENTS) / (documentFrequency.get(e.getKey()) + 0.5));
            double w = (1 + Math.log(e.getValue())) * Math.max(0, idf);
            if (w > 0) {
                v.put(e.getKey(), w);
                norm += w * w;
            }
        }
        double n = Math.sqrt(norm);
        v.replaceAll((k, w) -> w / n);
        return v;
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
     * product over those features, skipping stories whose distance in days alone keeps them below
     * {@link #JOIN}.
     */
    private List<Integer> candidates(Map<String, Double> vector, LocalDate date) {
        List<Map.Entry<String, Double>> strongest = new ArrayList<>(vector.entrySet());
        strongest.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<Integer, Double> partial = new HashMap<>();
        for (Map.Entry<String, Double> f : strongest.subList(0, Math.min(QUERY_FEATURES, strongest.size()))) {
            List<Integer> p = postings.get(f.getKey());
            if (p == null) {
                continue;
            }
            for (int i = p.size() - 1, stop = Math.max(0, p.size() - POSTING_SCAN); i >= stop; i--) {
                Story story = stories.get(p.get(i));
                if (reachable(story, date)) {
                    Double c = story.centroid.get(f.getKey());
                    if (c != null) {
                        partial.merge(p.get(i), f.getValue() * c, Double::sum);
                    }
                }
            }
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(partial.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
        List<Integer> out = new ArrayList<>(Math.min(RESCORED, ranked.size()));
        for (Map.Entry<Integer, Double> e : ranked.subList(0, Math.min(RESCORED, ranked.size()))) {
            out.add(e.getKey());
        }
        return out;
    }

    private void absorb(Story story, int index, Map<String, Double> vector) {
        // Running mean of member vectors, trimmed to the strongest features.
        double keep = story.size / (story.size + 1.0);
        story.centroid.replaceAll((k, w) -> w * keep);
        vector.forEach((k, w) -> {
            if (!story.centroid.containsKey(k)) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(index);
            }
            story.centroid.merge(k, w / (story.size + 1.0), Double::sum);
        });
        story.size++;
        if (story.centroid.size() > CENTROID_FEATURES) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(story.centroid.entrySet());
            entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            for (Map.Entry<String, Double> e : entries.subList(CENTROID_FEATURES, entries.size())) {
                story.centroid.remove(e.getKey());
            }
        }
        double norm = 0;
        for (double w : story.centroid.values()) {
            norm += w * w;
        }
        story.norm = Math.sqrt(norm);
    }

    private static double cosine(Map<String, Double> v, Story story) {
        double dot = 0;
        for (var e : v.entrySet()) {
            Double c = story.centroid.get(e.getKey());
            if (c != null) {
                dot += e.getValue() * c;
            }
        }
        return story.norm == 0 ? 0 : dot / story.norm;
    }

    /** Whether {@code date} is near enough the story's span for it to pass {@link #JOIN} at all. */
    private static boolean reachable(Story story, LocalDate date) {
        if (date == null || story.first == null) {
            return true;
        }
        long day = date.toEpochDay();
        return day >= story.first.toEpochDay() - REACH_DAYS && day <= story.last.toEpochDay() + REACH_DAYS;
    }

    /** 1 within the story's span; halves every {@link #HALF_LIFE_DAYS} days outside it; 1 when undated. */
    private static double decay(Story story, LocalDate date) {
        if (date == null || story.first == null) {
            return 1;
        }
        long days = date.isBefore(story.first) ? ChronoUnit.DAYS.between(date, story.first)
                : date.isAfter(story.last) ? ChronoUnit.DAYS.between(story.last, date) : 0;
        return Math.pow(0.5, days / HALF_LIFE_DAYS);
    }

    private static void widen(Story story, LocalDate date) {
        if (date == null) {
            return;
        }
        if (story.first == null || date.isBefore(story.first)) {
            story.first = date;
        }
        if (story.last == null || date.isAfter(story.last)) {
            story.last = date;
        }
    }

    /** How many stories exist so far. */
    public int storyCount() {
        return stories.size();
    }
}
