package dev.sitrep.query.bench;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EventActor;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.model.ReportedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented articles for load and latency tests: sentences drawn from a small vocabulary, invented people,
 * organisations and places (a few much more frequent than the rest, as in news), quotes with their speakers
 * and offsets and their stances toward the default issues, publishers and days over a year. Built as
 * {@link Article} records directly, bypassing the rest of the analysis pipeline, so that a store of 100,000 articles takes a minute rather than an hour. Deterministic
 * for a seed: article {@code i} is always the same.
 */
public final class SyntheticCorpus {
    /** Each quote's stances toward the default issues, judged as the pipeline judges them at ingest. */
    private static final dev.sitrep.positions.StanceStage STANCES = new dev.sitrep.positions.StanceStage();
    static final String[] WORDS = ("ministers allies talks summit budget defence spending border troops ceasefire "
            + "agreement sanctions energy grid pipeline shipping ports grain exports tariffs election coalition "
            + "parliament vote reform court ruling inquiry report mission aid convoy drones missiles air system "
            + "frontline villages reconstruction loans bank inflation markets currency harbour railway bridge winter "
            + "supplies refugees talks envoy delegation pledge package framework deadline proposal security guarantees "
            + "reassurance force membership accession treaty observers monitoring withdrawal exchange prisoners")
            .split(" ");
    /** Invented words made of syllables: the long tail of a news vocabulary, drawn about 1/rank. */
    static final String[] TAIL = tail(4000);
    static final String[] FIRST = "Alder Brina Corvin Delia Emric Fenna Garrow Hollis Isra Joren Kessa Lior Maren Nils Odra Perrin"
            .split(" ");
    static final String[] LAST = "Voss Tamsin Okafor Lindqvist Marrow Adeyemi Castellan Dunmore Petrak Quill Rasmuss Sorel Ternholm"
            .split(" ");
    static final String[] ORGS = ("Northern Alliance,Harbour Council,Grain Union,Eastern Bank,Border Agency,Energy Board,"
            + "Coastal League,Rail Authority,Civic Front,Unity Party").split(",");
    static final String[] PLACES = "Valdora,Kestrin,Orlenne,Marsk,Tavely,Dunhollow,Esterby,Quarren".split(",");
    static final String[] PUBLISHERS = ("Northern Ledger,Harbour Times,Eastern Wire,Morning Dispatch,Capital Courier,"
            + "Coastal Post,Frontier Herald,Daily Meridian").split(",");
    static final String[] CUES = {"said", "told reporters", "warned", "insisted", "added"};
    /** Event types, the most reported first. */
    static final String[] EVENT_TYPES = {"CONSULT", "REQUEST", "AGREE", "SUPPORT", "ACCUSE", "REJECT", "THREATEN",
        "AID", "SANCTION", "ASSAULT", "PROTEST", "MOBILIZE"};
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final int DAYS = 365;

    private final long seed;
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> others = new ArrayList<>();

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        for (String first : FIRST) {
            for (String last : LAST) {
                String name = first + " " + last;
                people.add(new Entity(id(name), name, EntityType.PERSON, List.of(last), 1, List.of()));
            }
        }
        for (String org : ORGS) {
            others.add(new Entity(id(org), org, EntityType.ORG, List.of(), 1, List.of()));
        }
        for (String place : PLACES) {
            others.add(new Entity(id(place), place, EntityType.GPE, List.of(), 1, List.of()));
        }
    }

    private static String id(String name) {
        return "syn:" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The canonical names of the invented people, the most frequent first. */
    public List<String> people() {
        return people.stream().map(Entity::name).toList();
    }

    /** The names of the invented organisations and places. */
    public static List<String> organisationsAndPlaces() {
        List<String> names = new ArrayList<>(List.of(ORGS));
        names.addAll(List.of(PLACES));
        return names;
    }

    /** The id of article number {@code i}. */
    public static String articleId(int i) {
        return String.format(Locale.ROOT, "syn%07d", i);
    }

    /** Article number {@code i}. */
    public Article article(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder text = new StringBuilder();
        Map<String, List<Mention>> spans = new LinkedHashMap<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        List<ReportedEvent> events = new ArrayList<>();
        // Events draw from a generator of their own, so that the texts, quotes and stories stay as they were.
        SplittableRandom er = new SplittableRandom(seed * 7_000_003L + i);
        int sentences = 5 + r.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                text.append(s % 3 == 0 ? "\n\n" : " ");
            }
            Entity person = skewed(r, people);
            if (r.nextInt(3) == 0) {
                // "WORDS," NAME CUE.
                text.append('"');
                int start = text.length();
                sentence(r, text, 6 + r.nextInt(10), null, null);
                text.append(',');
                int end = text.length();
                text.append("\" ");
                mention(text, person, spans, byId);
                String cue = CUES[r.nextInt(CUES.length)];
                text.append(' ').append(cue).append('.');
                String said = text.substring(start, end);
                quotes.add(new Quote(said, person.name(), person.id(), cue, QuoteKind.DIRECT, start, end)
                        .withStances(STANCES.stances(said)));
            } else {
                Entity other = r.nextBoolean() ? skewed(r, others) : person;
                int start = text.length();
                sentence(r, text, 8 + r.nextInt(10), other, spans);
                text.append('.');
                byId.putIfAbsent(other.id(), other);
                if (er.nextBoolean()) {
                    events.add(event(er, other, start, text.length()));
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity e : byId.values()) {
            List<Mention> m = spans.getOrDefault(e.id(), List.of());
            entities.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), Math.max(1, m.size()), m));
        }
        String body = text.toString();
        String title = capital(WORDS[r.nextInt(WORDS.length)]) + " " + WORDS[r.nextInt(WORDS.length)] + " "
                + WORDS[r.nextInt(WORDS.length)] + " in " + PLACES[r.nextInt(PLACES.length)];
        return Article.builder().id(articleId(i)).source("synthetic:" + i)
                .url("https://news.example/syn/" + i).title(title)
                .publisher(PUBLISHERS[r.nextInt(PUBLISHERS.length)]).published(FIRST_DAY.plusDays(r.nextInt(DAYS)))
                .language("en").text(body).entities(entities).quotes(quotes).events(events).build();
    }

    /**
     * An event drawn, not coded: its source the actor the sentence names, its target another drawn as actors are,
     * its type skewed as the news's are. The sentence's words do not report it; what an event listing reads (how
     * many events, of which actors, types and days) has the volume and skew of news coded by the pipeline.
     */
    private ReportedEvent event(SplittableRandom r, Entity source, int start, int end) {
        Entity target = r.nextBoolean() ? skewed(r, others) : skewed(r, people);
        int t = (int) Math.floor(Math.pow(EVENT_TYPES.length + 1, r.nextDouble())) - 1;
        String type = EVENT_TYPES[Math.min(Math.max(t, 0), EVENT_TYPES.length - 1)];
        return new ReportedEvent(type, null, List.of(actor(source)), List.of(actor(target)), type.toLowerCase(Locale.ROOT),
                start, end);
    }

    private static EventActor actor(Entity e) {
        return new EventActor(e.name(), e.name(), e.id(), null, null);
    }

    /** Words, capitalised, with the entity's name placed among them when given. */
    private void sentence(SplittableRandom r, StringBuilder text, int words, Entity entity, Map<String, List<Mention>> spans) {
        int at = entity == null ? -1 : r.nextInt(words);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            if (w == at) {
                int start = text.length();
                text.append(entity.name());
                spans.computeIfAbsent(entity.id(), k -> new ArrayList<>()).add(new Mention(start, text.length(), entity.name()));
            } else {
                String word = word(r);
                text.append(w == 0 ? capital(word) : word);
            }
        }
    }

    /** A word as the text uses them: a topic word one time in four, else one of the tail by rank. */
    static String word(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return WORDS[r.nextInt(WORDS.length)];
        }
        int i = (int) Math.floor(Math.pow(TAIL.length + 1, r.nextDouble())) - 1;
        return TAIL[Math.min(Math.max(i, 0), TAIL.length - 1)];
    }

    private static String[] tail(int n) {
        String[] syllables = "ka,lo,ren,ti,mar,vo,sel,du,an,bri,tor,el,fa,gun,is,pe,ro,sta,ul,ve".split(",");
        String[] words = new String[n];
        SplittableRandom r = new SplittableRandom(11);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; ) {
            StringBuilder w = new StringBuilder();
            int k = 2 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            if (seen.add(w.toString())) {
                words[i++] = w.toString();
            }
        }
        return words;
    }

    private static void mention(StringBuilder text, Entity e, Map<String, List<Mention>> spans, Map<String, Entity> byId) {
        int start = text.length();
        text.append(e.name());
        spans.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new Mention(start, text.length(), e.name()));
        byId.putIfAbsent(e.id(), e);
    }

    /** Index i with weight about 1/(i+1): a few actors dominate the news. */
    private static Entity skewed(SplittableRandom r, List<Entity> list) {
        double u = r.nextDouble();
        int i = (int) Math.floor(Math.pow(list.size() + 1, u)) - 1;
        return list.get(Math.min(Math.max(i, 0), list.size() - 1));
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
