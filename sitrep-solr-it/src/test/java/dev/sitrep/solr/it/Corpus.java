package dev.sitrep.solr.it;

import dev.sitrep.events.EventStage;
import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Flag;
import dev.sitrep.model.InferredDate;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.positions.StanceStage;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Synthetic news about an invented war, written for Sitrep's store tests: Varesh and Ostmark fight over the Sallow
 * Valley from March to May 2025, an alliance (the Northern Accord) sanctions and negotiates, a relief agency runs
 * convoys. Every person, place, organisation, publisher and quote here is made up.
 *
 * <p>The corpus is generated from a fixed seed, so every run ingests the same articles in the same order. It has
 * what the stores must agree on: events reported by several publishers over a few days (stories), wire copies
 * republished word for word with a credit line and lightly reworded copies (a spinner's, a machine translation's),
 * originals that arrive after their copies although published before them (the stores re-point the copies),
 * undated articles and articles dated from their text, entities under several names, quotes with named and unnamed
 * speakers, a few articles without a publisher. Articles carry no {@code duplicateOf} and no {@code story}: the
 * stores decide both.
 *
 * <p>Each report opens with a lead of its kind of event and goes on with sentences put together from word lists
 * around the event's town, actors and things, about 450 words in all, as long as a short news report. Shorter
 * reports of one kind share so large a part of their word pairs by chance that the copy rule (tuned on real news)
 * takes them for copies of each other; at this length only the copies made on purpose are copies.
 */
final class Corpus {
    /** The seed every run uses. */
    static final long SEED = 20250301L;
    /** The first and last days events happen on. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 5, 30);
    /** The wire service whose reports other publishers republish word for word. */
    static final String WIRE = "Eastern Wire";
    /** Republishes wire reports reworded, flagged as spun. */
    static final String SPINNER = "Spinner Daily";
    /** Republishes reports machine-translated, flagged as such. */
    static final String TRANSLATOR = "Translated Herald";
    static final List<String> PUBLISHERS = List.of(WIRE, "Northern Ledger", "Harbour Times", "Valley Courier",
            "Tavrin Post", "Dunmere Daily", "Accord Monitor");
    /** Publishers that republish the wire's reports. */
    private static final List<String> SUBSCRIBERS = List.of("Harbour Times", "Valley Courier", "Dunmere Daily");
    private static final List<String> AUTHORS = List.of("Lena Hartwig", "Samir Okafor", "Joan Pell", "Viktor Anand",
            "Ruth Mbeki", "Cal Dorsey");
    private static final String CREDIT = "This report was first published by Eastern Wire.";
    private static final String TRANSLATED = "This article was translated automatically.";
    /** The events of each article's sentences, coded as the pipeline codes them. */
    private static final EventStage EVENT_CODER = new EventStage(KnowledgeBase.shipped());
    /** The stances of each statement toward the default issues, judged as the pipeline judges them. */
    private static final StanceStage STANCES = new StanceStage();

    /** An actor or place the articles name, with the forms they name it by. */
    record Actor(String key, String id, String name, EntityType type, String first, String later) {
        Entity entity(List<String> aliases, List<Mention> spans) {
            return new Entity(id, name, type, aliases, spans.size(), spans);
        }
    }

    static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    private static void actor(String key, String id, String name, EntityType type, String first, String later) {
        ACTORS.put(key, new Actor(key, id, name, type, first, later));
    }

    private static String hashed(EntityType type, String name) {
        return ArticleIds.hash(type.name() + ":" + ArticleIds.normalise(name));
    }

    static {
        actor("marrow", "kb:ilsa-marrow", "Ilsa Marrow", EntityType.PERSON, "Defence Minister Ilsa Marrow", "Marrow");
        actor("castellan", "kb:mira-castellan", "Mira Castellan", EntityType.PERSON, "Foreign Minister Mira Castellan", "Castellan");
        actor("brevik", "kb:tomas-brevik", "Tomas Brevik", EntityType.PERSON, "President Tomas Brevik", "Brevik");
        actor("salk", "kb:oren-salk", "Oren Salk", EntityType.PERSON, "General Oren Salk", "Salk");
        actor("kolawe", "kb:adaeze-kolawe", "Adaeze Kolawe", EntityType.PERSON, "Adaeze Kolawe", "Kolawe");
        actor("ojala", "kb:hanne-ojala", "Hanne Ojala", EntityType.PERSON, "Envoy Hanne Ojala", "Ojala");
        actor("vandersloot", hashed(EntityType.PERSON, "Piet Vandersloot"), "Piet Vandersloot", EntityType.PERSON,
                "Piet Vandersloot", "Vandersloot");
        actor("fenn", hashed(EntityType.PERSON, "Dario Fenn"), "Dario Fenn", EntityType.PERSON, "Mayor Dario Fenn", "Fenn");
        actor("accord", "kb:northern-accord", "Northern Accord", EntityType.ORG, "Northern Accord", "Accord");
        actor("lantern", hashed(EntityType.ORG, "Red Lantern Relief"), "Red Lantern Relief", EntityType.ORG,
                "Red Lantern Relief", "Red Lantern");
        actor("council", "kb:council-of-nations", "Council of Nations", EntityType.ORG, "Council of Nations", "Council");
        actor("varesh", "kb:varesh", "Varesh", EntityType.GPE, "Varesh", "Varesh");
        actor("ostmark", "kb:ostmark", "Ostmark", EntityType.GPE, "Ostmark", "Ostmark");
        actor("dunmere", "kb:dunmere", "Dunmere", EntityType.GPE, "Dunmere", "Dunmere");
        actor("halvard", "kb:port-halvard", "Port Halvard", EntityType.GPE, "Port Halvard", "Halvard");
        actor("kessel", hashed(EntityType.GPE, "Kessel"), "Kessel", EntityType.GPE, "Kessel", "Kessel");
        actor("tavrin", "kb:tavrin", "Tavrin", EntityType.GPE, "Tavrin", "Tavrin");
        actor("lisk", hashed(EntityType.GPE, "Lisk"), "Lisk", EntityType.GPE, "Lisk", "Lisk");
        actor("sallow", "kb:sallow-valley", "Sallow Valley", EntityType.LOC, "Sallow Valley", "valley");
        actor("brisk", hashed(EntityType.LOC, "Brisk River"), "Brisk River", EntityType.LOC, "Brisk River", "Brisk");
        actor("vareshi", hashed(EntityType.NORP, "Vareshi"), "Vareshi", EntityType.NORP, "Vareshi", "Vareshi");
        actor("ostmarker", hashed(EntityType.NORP, "Ostmarker"), "Ostmarker", EntityType.NORP, "Ostmarker", "Ostmarker");
    }

    /** Towns where fighting happens. */
    private static final List<String> FRONT = List.of("dunmere", "kessel", "lisk", "halvard");

    /**
     * One kind of event and how the news writes about it. Templates name actors as {@code {key}}, the event's town
     * as {@code {place}}, its numbers as {@code {n}} and {@code {m}}, its weekday as {@code {day}}.
     */
    record Kind(String name, List<String> titles, List<String> leads, List<String> details, List<String> speakers,
                List<String> statements) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("shelling",
                    List.of("Shelling hits {place} overnight", "{n} killed as shells fall on {place}",
                            "Artillery strikes {place} again", "{place} counts the dead after night of shelling"),
                    List.of("Artillery fire struck {place} overnight into {day}, killing {n} civilians and damaging {m} homes, local officials said.",
                            "At least {n} people were killed when shells hit residential streets in {place} on {day}, according to emergency services.",
                            "{ostmark} forces shelled {place} for several hours on {day}, leaving {n} dead and {m} buildings in ruins.",
                            "Residents of {place} spent the night in cellars as shelling killed {n} and set fire to {m} houses."),
                    List.of("Rescue teams searched the rubble of a school that had been used as a shelter.",
                            "The hospital in {place} said it had treated {m} wounded, many of them children.",
                            "Power and water were cut in the eastern districts of {place} after a substation was hit.",
                            "{varesh} said the strikes came from batteries on the far bank of the {brisk}.",
                            "{ostmark} denied targeting civilians and said it had hit an ammunition depot.",
                            "Firefighters worked until dawn to contain blazes near the railway station.",
                            "It was the heaviest bombardment of {place} since the start of the month."),
                    List.of("marrow", "fenn", "brevik"),
                    List.of("They fired at homes while people slept, and they knew it",
                            "We will rebuild every street that was hit tonight",
                            "Our batteries answered only military targets",
                            "The shelling of {place} must be investigated by the Council",
                            "We counted {n} dead by morning and we are still searching")),
            new Kind("talks",
                    List.of("Ceasefire talks resume in {place}", "Negotiators meet in {place} as truce hopes rise",
                            "Envoys try again for a ceasefire", "Talks on prisoner swaps and a truce open in {place}"),
                    List.of("Negotiators from {varesh} and {ostmark} met in {place} on {day} for a new round of talks on a ceasefire, mediated by {ojala}.",
                            "A fresh round of ceasefire negotiations opened in {place} on {day}, with both delegations in the same room for the first time in weeks.",
                            "{ojala} brought the two sides together in {place} on {day} to discuss a truce along the {sallow} front line.",
                            "Delegations from {varesh} and {ostmark} sat down in {place} on {day} for talks on a truce and the exchange of {n} prisoners."),
                    List.of("The talks are expected to last {m} days, officials said.",
                            "Diplomats said a draft text covered monitoring, heavy weapons and a buffer zone.",
                            "The {council} has offered to send observers if a truce holds.",
                            "Previous talks collapsed in the spring over the control of the river crossings.",
                            "The delegations did not meet reporters after the first session.",
                            "Neither side commented on reports that a deal on prisoners was close."),
                    List.of("ojala", "castellan", "brevik", "kolawe"),
                    List.of("Both sides came with serious proposals and that is new",
                            "There will be no truce while their guns stay on the river",
                            "We are ready to sign a ceasefire today if the other side is",
                            "A truce that nobody monitors is only a pause",
                            "We spoke for {m} hours and we will speak again tomorrow")),
            new Kind("convoy",
                    List.of("Aid convoy reaches {place}", "{n} trucks of aid enter {place}",
                            "Relief convoy crosses front line to {place}", "Food and medicine arrive in {place}"),
                    List.of("A convoy of {n} trucks from {lantern} reached {place} on {day}, carrying food, medicine and water purification equipment.",
                            "{lantern} said {n} lorries of humanitarian aid had crossed into {place} on {day} after a {m}-hour wait at the checkpoint.",
                            "Aid workers unloaded flour, insulin and generators in {place} on {day} after a convoy of {n} trucks got through.",
                            "The first relief convoy in weeks arrived in {place} on {day}, {n} trucks strong, escorted by observers from the {council}."),
                    List.of("The agency said it hoped to send a second convoy within days.",
                            "Local volunteers distributed the supplies from the central square.",
                            "The road into the town had been closed by shelling for most of the month.",
                            "Doctors said stocks of antibiotics had run out a week earlier.",
                            "Both sides had agreed to a pause in fighting along the route.",
                            "The trucks left again empty before nightfall."),
                    List.of("vandersloot", "fenn", "ojala"),
                    List.of("People here have waited {m} days for bread",
                            "We need a corridor that stays open, not a convoy now and then",
                            "Every truck that gets through saves lives",
                            "We brought what we could but it will last a week at most",
                            "The checkpoints cost us hours we do not have")),
            new Kind("sanctions",
                    List.of("Northern Accord agrees new sanctions on Ostmark", "Accord widens sanctions over the valley war",
                            "New sanctions target Ostmark shipping", "Allies tighten the embargo on Ostmark"),
                    List.of("Ministers of the {accord} agreed on {day} a new package of sanctions against {ostmark}, targeting {n} companies and its shipping.",
                            "The {accord} imposed sanctions on {n} {ostmarker} firms and {m} officials on {day} over the war in the {sallow}.",
                            "{kolawe} announced on {day} that the {accord} would widen its embargo on {ostmark} to cover fuel and spare parts.",
                            "An embargo on {ostmark} arms exports was tightened on {day} as the {accord} added {n} companies to its sanctions list."),
                    List.of("The measures freeze assets held in allied banks.",
                            "Insurers said the sanctions would raise premiums for tankers calling at {ostmark} ports.",
                            "{ostmark} called the sanctions an act of economic war.",
                            "Two members of the alliance had held up the package for weeks.",
                            "The list includes shipyards and a state fuel company.",
                            "Officials said further measures were being prepared."),
                    List.of("kolawe", "brevik", "castellan"),
                    List.of("Sanctions are the price of the war and it will keep rising",
                            "These sanctions will not change our position on the valley",
                            "We thank our allies for standing with us",
                            "Every company on this list helped to supply the shelling",
                            "An embargo only works if every member enforces it")),
            new Kind("bridge",
                    List.of("Drones hit bridge over the Brisk", "Strike cuts a crossing near {place}",
                            "Brisk River bridge destroyed in drone attack", "Drone attack closes the road to {place}"),
                    List.of("Drones struck a road bridge over the {brisk} near {place} on {day}, cutting the main supply route to the front.",
                            "A swarm of {n} drones hit the bridge at {place} on {day}, {varesh} said, leaving a {m}-metre gap in the span.",
                            "The last intact crossing of the {brisk} near {place} was destroyed by drones on {day}.",
                            "{ostmark} used drones to attack a bridge outside {place} on {day}, officials in {varesh} said."),
                    List.of("Engineers said repairs would take weeks.",
                            "Traffic was diverted to a pontoon crossing further south.",
                            "Air defences shot down some of the drones before they reached the river.",
                            "The bridge carried most of the fuel for the southern front.",
                            "Satellite images showed the span collapsed into the water.",
                            "Nobody was reported hurt in the attack."),
                    List.of("marrow", "salk"),
                    List.of("The bridge was a military supply line and a lawful target",
                            "They can break bridges but they cannot break this valley",
                            "We shot down {n} of the drones before they reached the river",
                            "We will have a crossing open again within the month",
                            "Our engineers are already working on a new span")),
            new Kind("evacuation",
                    List.of("Thousands leave {place} as fighting nears", "Evacuation of {place} ordered",
                            "Buses carry civilians out of {place}", "Families flee {place} ahead of offensive"),
                    List.of("Authorities ordered the evacuation of {place} on {day} as fighting moved closer, and {n} people left on buses and trains.",
                            "About {n} residents fled {place} on {day} after officials warned of an imminent offensive.",
                            "{fenn} urged families with children to leave {place} on {day}, saying the town could be cut off within days.",
                            "Long queues formed at the station in {place} on {day} as {n} people tried to board evacuation trains."),
                    List.of("Shelters in the west of {varesh} said they were running out of beds.",
                            "{lantern} set up a reception centre with food and medical care.",
                            "Many older residents refused to leave their homes.",
                            "The evacuation routes were shelled twice during the day.",
                            "Officials said {m} buses had been sent from the capital.",
                            "Schools in neighbouring towns were turned into dormitories."),
                    List.of("fenn", "marrow", "vandersloot"),
                    List.of("Leave now while the road is still open",
                            "We have room for {m} more families tonight and no more",
                            "Nobody should have to choose between their home and their life",
                            "We will bring everyone back when this is over",
                            "The trains will keep running as long as the tracks hold")),
            new Kind("offensive",
                    List.of("Ostmark troops push into the Sallow Valley", "Heavy fighting around {place}",
                            "Front line shifts near {place}", "Counter-attack retakes villages near {place}"),
                    List.of("{ostmarker} troops advanced towards {place} on {day}, seizing {n} villages along the {sallow}, {salk} said.",
                            "{vareshi} forces said on {day} they had retaken {n} villages near {place} in a counter-attack.",
                            "Fierce fighting raged around {place} on {day} as both armies sent reinforcements to the {sallow} front.",
                            "{salk} said his troops had crossed the {brisk} near {place} on {day} and held a bridgehead {m} kilometres wide."),
                    List.of("Neither side's claims could be independently verified.",
                            "Tanks and artillery were seen moving along the valley road.",
                            "Military analysts said the advance had stalled in the marshes.",
                            "Casualty figures were not released.",
                            "Villagers described hearing gunfire through the night.",
                            "The front line has barely moved since the winter."),
                    List.of("salk", "marrow", "brevik"),
                    List.of("Our troops hold every position they took this week",
                            "Not one village in the valley will be given up",
                            "The offensive is going to plan",
                            "We retook {n} villages and we are not stopping",
                            "Their advance has cost them dearly in men and machines")),
            new Kind("summit",
                    List.of("Accord leaders meet on the valley war", "Summit in {place} pledges support for Varesh",
                            "Allies promise air defence at summit", "Northern Accord summit ends with new pledges"),
                    List.of("Leaders of the {accord} met in {place} on {day} and pledged {n} air defence systems to {varesh}.",
                            "{kolawe} opened a summit of the {accord} in {place} on {day} with a call for more weapons for {varesh}.",
                            "The {accord} summit in {place} ended on {day} with promises of ammunition, training and {n} million in aid.",
                            "{castellan} told an {accord} summit in {place} on {day} that her country needed air defence before the summer."),
                    List.of("The final statement condemned the shelling of civilians.",
                            "Several leaders promised to raise defence spending.",
                            "The summit also discussed the future membership of {varesh}.",
                            "Protesters gathered outside the conference centre.",
                            "{ostmark} said the summit showed the alliance wanted a longer war.",
                            "The next summit will be held in the autumn."),
                    List.of("kolawe", "castellan", "brevik"),
                    List.of("The Accord will stand with Varesh for as long as it takes",
                            "We came for air defence and we leave with promises",
                            "This alliance is prolonging the war",
                            "Our support for the valley is not up for negotiation",
                            "We need {n} systems, not statements")),
            new Kind("grain",
                    List.of("Grain ships leave Port Halvard", "Grain corridor reopens", "Exports resume from Halvard",
                            "Ships carrying grain sail despite threats"),
                    List.of("{n} ships loaded with grain left {halvard} on {day} under a corridor agreed with the help of the {council}.",
                            "Grain exports from {halvard} resumed on {day} after a pause of {m} days, with {n} vessels sailing.",
                            "The grain corridor from {halvard} reopened on {day}, {ojala} said, and {n} ships were cleared to sail.",
                            "Port officials in {halvard} said {n} bulk carriers had left on {day} with wheat and maize."),
                    List.of("Insurers had raised premiums after mines were found near the harbour.",
                            "The corridor is patrolled by ships of the {council}.",
                            "Farmers in the valley have struggled to sell their harvest.",
                            "Prices for wheat fell on news of the departures.",
                            "{ostmark} said it would inspect ships it suspected of carrying arms.",
                            "The port was hit by drones twice in the previous month."),
                    List.of("ojala", "castellan", "fenn"),
                    List.of("The corridor feeds people far beyond this war",
                            "Every ship that sails is a small victory",
                            "We will keep the port open whatever they send against it",
                            "The corridor holds because everyone needs it to hold",
                            "We cleared {n} ships today and more are waiting")));

    /** Sentences any article may add for background. */
    private static final List<String> BACKGROUND = List.of(
            "The war over the {sallow} began last autumn, when {ostmarker} troops crossed the {brisk}.",
            "{varesh} and {ostmark} have both claimed the valley since the old border treaty lapsed.",
            "The {council} estimates that more than {m} thousand people have fled their homes since the war began.",
            "The {accord} has supplied {varesh} with weapons but has ruled out sending troops.",
            "{brevik} has said the valley belongs to {ostmark} by history and by right.",
            "Talks brokered by {ojala} have produced two short truces, both broken within days.",
            "{lantern} runs the largest aid operation in the region.",
            "The valley's farms once produced most of the region's wheat.",
            "Much of {dunmere} has been without reliable power since the winter.",
            "Observers of the {council} have reported shelling on both sides of the front line.",
            "{marrow} has asked allies for long-range air defence systems for months.",
            "The fighting has closed most crossings on the {brisk}.",
            "Journalists have limited access to the front line.",
            "{tavrin} has placed its economy on a war footing.",
            "{castellan} has toured allied capitals to ask for more aid.",
            "Both armies rely heavily on drones for reconnaissance and strikes.");

    /** Words a spinner or a machine translation changes (a copy keeps most of the text as it was). */
    private static final Map<String, String> SPUN = Map.ofEntries(
            Map.entry("killed", "slain"), Map.entry("homes", "dwellings"), Map.entry("officials", "authorities"),
            Map.entry("said", "stated"), Map.entry("trucks", "lorries"), Map.entry("talks", "discussions"),
            Map.entry("town", "township"), Map.entry("front", "frontline"), Map.entry("people", "persons"),
            Map.entry("reached", "arrived at"), Map.entry("hit", "struck"), Map.entry("weeks", "several weeks"),
            Map.entry("began", "started"), Map.entry("new", "fresh"), Map.entry("help", "assistance"),
            Map.entry("residents", "inhabitants"), Map.entry("fighting", "combat"), Map.entry("near", "close to"));
    private static final Map<String, String> TRANSLATION = Map.ofEntries(
            Map.entry("said", "declared"), Map.entry("on", "upon"), Map.entry("war", "war conflict"),
            Map.entry("officials", "functionaries"), Map.entry("after", "following"), Map.entry("people", "humans"),
            Map.entry("will", "shall"), Map.entry("we", "we ourselves"));

    private final Random random;
    private final List<Planned> planned = new ArrayList<>();
    private final Map<String, String> copyOf = new LinkedHashMap<>();
    private List<Article> articles;
    private int serial;

    /** An article and when it reaches the stores. */
    private record Planned(Article article, double arrival, int serial) {
    }

    /** A piece of an article: plain words (which copies may reword), a name, or a statement. */
    private sealed interface Piece {
    }

    private record Words(String text) implements Piece {
    }

    private record Name(Actor actor) implements Piece {
    }

    /**
     * A statement: {@code speaker} names an actor, or {@code unnamed} an anonymous source.
     *
     * @param shape 0: "…," X said. 1: "…," X told reporters. 2: X said: "…." 3: X said …. (reported)
     */
    private record Said(String words, Actor speaker, String unnamed, int shape) implements Piece {
    }

    /** An article before it is written out: title, paragraphs of pieces, and what the page gives about it. */
    private record Draft(String title, List<List<Piece>> paragraphs, String publisher, String author, LocalDate published,
                         InferredDate inferred, String section, int event) {
    }

    /** The corpus: {@value #EVENTS} events reported by one to five publishers each, and the copies. */
    static Corpus generate() {
        Corpus c = new Corpus(SEED);
        for (int e = 0; e < EVENTS; e++) {
            c.event(e);
        }
        c.planned.sort(Comparator.comparingDouble(Planned::arrival).thenComparingInt(Planned::serial));
        List<Article> out = new ArrayList<>(c.planned.size());
        Set<String> ids = new HashSet<>();
        for (Planned p : c.planned) {
            // Two reports that happened to pick the same sentences would be one article: the second is left out.
            if (ids.add(p.article().id())) {
                out.add(p.article());
            }
        }
        c.articles = List.copyOf(out);
        return c;
    }

    /** Events the corpus reports. */
    static final int EVENTS = 130;

    /** The articles in the order they reach the stores. */
    List<Article> articles() {
        return articles;
    }

    /** The article a copy was made from (the wire's report), by id; empty for articles written as originals. */
    Optional<String> copyOf(String id) {
        return Optional.ofNullable(copyOf.get(id));
    }

    private void event(int number) {
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1)));
        Map<String, String> fill = fill(kind);
        int reports = 1 + random.nextInt(random.nextInt(4) == 0 ? 5 : 3);
        List<String> publishers = new ArrayList<>(PUBLISHERS);
        Collections.shuffle(publishers, random);
        for (int r = 0; r < reports; r++) {
            LocalDate published = day.plusDays(random.nextInt(r == 0 ? 1 : 3));
            Draft draft = report(kind, number, fill, publishers.get(r), published);
            double arrival = published.toEpochDay() + random.nextDouble() * 1.5;
            if (draft.published() == null) {
                arrival = day.toEpochDay() + random.nextDouble() * 3;
            }
            Article original = write(draft, UnaryOperator.identity(), null);
            plan(original, arrival);
            if (draft.publisher() != null && draft.publisher().equals(WIRE) && draft.published() != null) {
                copies(draft, original, arrival);
            }
        }
    }

    /** What an event's reports share: its town, its numbers and the things it is about. */
    private Map<String, String> fill(Kind kind) {
        String place = kind.name().equals("grain") ? "halvard"
                : kind.name().equals("talks") || kind.name().equals("summit")
                        ? List.of("tavrin", "dunmere", "halvard").get(random.nextInt(3))
                        : FRONT.get(random.nextInt(FRONT.size()));
        Map<String, String> fill = new LinkedHashMap<>();
        fill.put("place", place);
        fill.put("n", Integer.toString(2 + random.nextInt(60)));
        fill.put("m", Integer.toString(3 + random.nextInt(40)));
        List<String> things = new ArrayList<>(THINGS);
        Collections.shuffle(things, random);
        for (int t = 0; t < THINGS_PER_EVENT; t++) {
            fill.put("thing" + t, things.get(t));
        }
        return fill;
    }

    /**
     * Short bulletins, {@code count} of them with distinct ids, in arrival order: a sentence and a statement each,
     * with the names in them as entities. For an ingest long enough to stop a node in the middle of.
     */
    static List<Article> bulletins(int count) {
        Corpus c = new Corpus(SEED + 1);
        List<Article> out = new ArrayList<>(count);
        Set<String> ids = new HashSet<>();
        for (int i = 0; out.size() < count; i++) {
            Article a = c.bulletin(i);
            if (ids.add(a.id())) {
                out.add(a);
            }
        }
        return out;
    }

    private Article bulletin(int number) {
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1)));
        Map<String, String> fill = fill(kind);
        fill.put("day", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        Actor speaker = ACTORS.get(pick(kind.speakers()));
        List<List<Piece>> paragraphs = List.of(pieces(sentence(fill), fill),
                List.of(new Said(render(pick(kind.statements()), fill), speaker, null, random.nextInt(4))));
        Draft draft = new Draft("Bulletin " + (number + 1) + ": " + render(pick(kind.titles()), fill), paragraphs,
                pick(PUBLISHERS), null, day, null, "Bulletins", EVENTS + number);
        return write(draft, UnaryOperator.identity(), null);
    }

    private Corpus(long seed) {
        random = new Random(seed);
    }

    private void plan(Article article, double arrival) {
        planned.add(new Planned(article, arrival, serial++));
    }

    private void plan(Article copy, double arrival, Article original) {
        plan(copy, arrival);
        copyOf.put(copy.id(), original.id());
    }

    /** Republications of a wire report: word for word with a credit line, and now and then reworded. */
    private void copies(Draft wire, Article original, double arrival) {
        int verbatim = random.nextInt(3);
        // A late original is published a day before its copies, so that the stores make it their original.
        boolean lateOriginal = verbatim > 0 && random.nextInt(4) == 0;
        List<String> subscribers = new ArrayList<>(SUBSCRIBERS);
        Collections.shuffle(subscribers, random);
        for (int i = 0; i < verbatim; i++) {
            Draft copy = republished(wire, subscribers.get(i),
                    wire.published().plusDays(lateOriginal ? 1 : random.nextInt(2)), null);
            double when = lateOriginal ? arrival - 1 - random.nextDouble() : arrival + 0.1 + random.nextDouble();
            plan(write(copy, UnaryOperator.identity(), CREDIT), when, original);
        }
        if (lateOriginal) {
            // The original reaches the stores after its copies, though published no later than any of them.
            planned.removeIf(p -> p.article().id().equals(original.id()));
            plan(original, arrival + 0.5);
        }
        if (random.nextInt(5) == 0) {
            Draft spun = republished(wire, SPINNER, wire.published().plusDays(1), "Reworked: " + wire.title());
            Article a = write(spun, words(SPUN, 0.6), null);
            plan(a.toBuilder().flag(Flag.SPUN_TEXT).build(), arrival + 1 + random.nextDouble(), original);
        } else if (random.nextInt(8) == 0) {
            Draft mt = republished(wire, TRANSLATOR, wire.published().plusDays(1 + random.nextInt(2)), wire.title() + " (translated)");
            Article a = write(mt, words(TRANSLATION, 0.5), TRANSLATED);
            plan(a.toBuilder().flag(Flag.MACHINE_TRANSLATED).build(), arrival + 1.5 + random.nextDouble(), original);
        }
    }

    private static Draft republished(Draft wire, String publisher, LocalDate published, String title) {
        return new Draft(title == null ? wire.title() : title, wire.paragraphs(), publisher, null, published, null,
                wire.section(), wire.event());
    }

    /** Replaces, word by word, about {@code share} of the words {@code table} knows. */
    private UnaryOperator<String> words(Map<String, String> table, double share) {
        long seed = random.nextLong();
        return text -> {
            Random r = new Random(seed ^ text.hashCode());
            String[] words = text.split(" ", -1);
            for (int i = 0; i < words.length; i++) {
                String bare = words[i].replaceAll("[^a-z]", "");
                if (table.containsKey(bare) && words[i].startsWith(bare) && r.nextDouble() < share) {
                    words[i] = table.get(bare) + words[i].substring(bare.length());
                }
            }
            return String.join(" ", words);
        };
    }

    /** One publisher's report of an event. */
    private Draft report(Kind kind, int event, Map<String, String> fill, String publisher, LocalDate published) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        String day = published.minusDays(random.nextInt(2)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        Map<String, String> f = new LinkedHashMap<>(fill);
        f.put("day", day);
        paragraphs.add(pieces(pick(kind.leads()), f));
        int statements = 1 + random.nextInt(3);
        List<String> speakers = new ArrayList<>(kind.speakers());
        Collections.shuffle(speakers, random);
        List<String> said = new ArrayList<>(kind.statements());
        Collections.shuffle(said, random);
        List<String> details = new ArrayList<>(kind.details());
        Collections.shuffle(details, random);
        int sentences = 26 + random.nextInt(10);
        for (int i = 0, s = 0, d = 0; i < sentences || s < statements; i++) {
            if (i < sentences) {
                String sentence = random.nextInt(12) == 0 && d < details.size() ? details.get(d++) : sentence(f);
                if (random.nextInt(3) == 0 && i + 1 < sentences) {
                    sentence += " " + sentence(f);
                    i++;
                }
                paragraphs.add(pieces(sentence, f));
            }
            if (s < statements && (i >= sentences || random.nextInt(3) == 0)) {
                String words = render(said.get(s), f);
                if (random.nextInt(6) == 0) {
                    String unnamed = List.of("a senior Accord diplomat", "a military source", "an aid worker",
                            "one official").get(random.nextInt(4));
                    paragraphs.add(List.of(new Said(words, null, unnamed, 0)));
                } else {
                    Actor speaker = ACTORS.get(speakers.get(s % speakers.size()));
                    paragraphs.add(List.of(new Said(words, speaker, null, random.nextInt(4))));
                }
                s++;
            }
        }
        if (random.nextInt(3) == 0) {
            paragraphs.add(pieces(pick(BACKGROUND), f));
        }
        String title = render(pick(kind.titles()), f);
        int dating = random.nextInt(20);
        LocalDate date = published;
        InferredDate inferred = null;
        if (dating == 0) {
            date = null;
        } else if (dating == 1) {
            inferred = new InferredDate("text: \"on " + day + "\"", published.minusDays(6), published);
        }
        String pub = random.nextInt(25) == 0 && !publisher.equals(WIRE) ? null : publisher;
        return new Draft(title, paragraphs, pub, random.nextInt(3) == 0 ? null : pick(AUTHORS), date, inferred,
                List.of("World", "Conflict", "Politics", "Humanitarian").get(random.nextInt(4)), event);
    }

    /**
     * One sentence of an article's body, put together from word lists: reports of one event share its town, its
     * actors and the things it is about ({@code {thing0}}…), and differ in everything else, as reports by
     * different newsrooms do (so that they form a story without being taken for copies of each other).
     */
    private String sentence(Map<String, String> f) {
        String s = switch (random.nextInt(5)) {
            case 0 -> pick(OPENERS) + ", " + subject(f) + " " + pick(VERBS) + " " + object(f) + " " + pick(PREPOSITIONS)
                    + " " + place(f) + ".";
            case 1 -> subject(f) + " " + pick(VERBS) + " " + object(f) + " " + pick(CONJUNCTIONS) + " " + subject(f)
                    + " " + pick(VERBS) + " " + object(f) + ".";
            case 2 -> capital(pick(PREPOSITIONS)) + " " + place(f) + ", " + subject(f) + " " + pick(VERBS) + " "
                    + object(f) + ".";
            case 3 -> subject(f) + " " + pick(VERBS) + " " + object(f) + " and " + pick(VERBS) + " " + object(f) + " "
                    + pick(PREPOSITIONS) + " " + place(f) + ".";
            default -> pick(OPENERS) + ", " + subject(f) + " " + pick(VERBS) + " " + object(f) + " "
                    + pick(CONJUNCTIONS) + " " + subject(f) + " " + pick(VERBS) + " " + object(f) + ".";
        };
        return capital(s);
    }

    private String subject(Map<String, String> f) {
        return random.nextInt(4) == 0 ? "{" + pick(SUBJECT_ACTORS) + "}" : pick(SUBJECTS);
    }

    private String object(Map<String, String> f) {
        String thing = random.nextBoolean() ? f.get("thing" + random.nextInt(THINGS_PER_EVENT)) : pick(THINGS);
        return pick(DETERMINERS) + " " + (random.nextInt(3) == 0 ? pick(ADJECTIVES) + " " : "") + thing;
    }

    private String place(Map<String, String> f) {
        return random.nextBoolean() ? "{place}" : pick(DETERMINERS) + " " + f.get("thing" + random.nextInt(THINGS_PER_EVENT));
    }

    private static String capital(String s) {
        return s.startsWith("{") ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final int THINGS_PER_EVENT = 5;
    private static final List<String> OPENERS = List.of("on {day}", "late on {day}", "early on {day}", "by evening",
            "overnight", "at dawn", "before noon", "within hours", "later", "meanwhile", "elsewhere",
            "two days earlier", "in recent weeks", "since the winter", "for now", "even so", "until then", "by then",
            "at the same time", "last month", "this week", "in the afternoon", "after midnight", "under heavy rain",
            "despite the cold");
    private static final List<String> SUBJECTS = List.of("local officials", "residents", "witnesses", "engineers",
            "medics", "volunteers", "farmers", "the regional governor", "police", "aid workers", "observers",
            "two diplomats", "soldiers", "firefighters", "the army", "the navy", "reporters", "teachers", "nurses",
            "drivers", "a priest", "shopkeepers", "railway workers", "the town council", "a local historian",
            "students", "pensioners", "border guards", "customs officers", "militia units", "sappers", "pilots");
    private static final List<String> SUBJECT_ACTORS = List.of("marrow", "salk", "fenn", "vandersloot", "lantern",
            "accord", "council", "castellan", "brevik", "kolawe", "ojala", "vareshi", "ostmarker");
    private static final List<String> VERBS = List.of("inspected", "repaired", "shelled", "cleared", "guarded",
            "counted", "reopened", "closed", "abandoned", "photographed", "mapped", "rebuilt", "defended", "blocked",
            "supplied", "evacuated", "searched", "reported", "mined", "secured", "lost", "captured", "visited",
            "protected", "fortified", "emptied", "flooded", "burned", "cleaned", "painted", "measured", "surveyed",
            "patrolled", "described", "recalled", "mentioned", "criticised", "praised", "doubted", "questioned",
            "filmed", "sealed", "rationed", "heated", "crossed", "watched", "avoided", "demanded", "offered",
            "promised", "delayed", "cancelled", "moved", "sold", "bought", "stored", "unloaded", "loaded", "shared",
            "guarded");
    private static final List<String> PREPOSITIONS = List.of("near", "behind", "beside", "outside", "inside",
            "across", "along", "around", "beyond", "under", "above", "opposite", "past", "towards", "through", "by",
            "from", "into", "against", "beneath");
    private static final List<String> CONJUNCTIONS = List.of("and", "but", "while", "as", "before", "after",
            "although", "because", "until", "so", "once", "whereas", "since", "when");
    private static final List<String> DETERMINERS = List.of("the", "its", "their", "one", "another", "every", "that",
            "this", "each", "his", "her", "some", "our", "your", "either", "neither");
    private static final List<String> ADJECTIVES = List.of("damaged", "burnt-out", "makeshift", "northern",
            "southern", "eastern", "western", "old", "new", "narrow", "flooded", "muddy", "crowded", "empty",
            "abandoned", "heavy", "temporary", "main", "second", "last", "nearby", "remote", "frozen", "dusty",
            "fortified", "exposed", "quiet", "busy", "ruined", "fragile", "disputed", "vital", "small", "large",
            "local", "regional");
    private static final List<String> THINGS = List.of("school", "hospital", "clinic", "railway station",
            "water tower", "substation", "pumping station", "grain silo", "bakery", "market", "church", "library",
            "factory", "warehouse", "checkpoint", "trench", "bunker", "airfield", "harbour", "pier", "ferry", "dam",
            "canal", "orchard", "vineyard", "cemetery", "stadium", "barracks", "ambulance", "generator", "pipeline",
            "power line", "highway", "crossroads", "roundabout", "tunnel", "quarry", "sawmill", "brewery", "dairy",
            "laboratory", "radio mast", "lighthouse", "shipyard", "lock", "embankment", "ridge", "forest", "marsh",
            "meadow", "hamlet", "suburb", "courthouse", "town hall", "police station", "fire station", "post office",
            "bus station", "car park", "supermarket", "pharmacy", "kindergarten", "university", "museum", "theatre",
            "hotel", "apartment block", "farmhouse", "barn", "tractor", "howitzer", "mortar", "radar", "minefield",
            "shelter", "cellar", "field hospital", "morgue", "prison", "border post", "customs house", "fuel depot",
            "ammunition dump", "rail yard", "signal box", "footbridge", "ford", "levee", "reservoir", "aqueduct",
            "well", "boiler house", "heating plant", "soup kitchen", "refugee camp", "sports hall", "ice rink",
            "swimming pool", "cinema", "cathedral", "monastery", "observatory", "weather station",
            "telephone exchange", "data centre", "printing house", "newsroom", "bank", "petrol station", "garage",
            "scrapyard", "landfill", "sewage plant", "water main", "gas main", "fountain", "park", "playground",
            "zoo", "tram depot", "canning plant", "flour mill", "cattle market", "greenhouse", "ferry terminal");

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A template with its names as {@link Name}s and everything else filled in as words. */
    private static List<Piece> pieces(String template, Map<String, String> fill) {
        List<Piece> out = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                words.append(template, at, template.length());
                break;
            }
            words.append(template, at, open);
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            String value = fill.getOrDefault(key, key);
            Actor actor = ACTORS.get(value);
            if (actor != null) {
                if (!words.isEmpty()) {
                    out.add(new Words(words.toString()));
                    words.setLength(0);
                }
                out.add(new Name(actor));
            } else {
                words.append(value);
            }
            at = close + 1;
        }
        if (!words.isEmpty()) {
            out.add(new Words(words.toString()));
        }
        return out;
    }

    /** A template written out as plain text (titles, statements): names by their usual form. */
    private static String render(String template, Map<String, String> fill) {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces(template, fill)) {
            out.append(p instanceof Name n ? n.actor().name() : ((Words) p).text());
        }
        return out.toString();
    }

    /**
     * Writes a draft out: the text, the entities with every mention's offsets, the quotes with their speakers'.
     *
     * @param reword what a copy does to the words (not to names)
     * @param extra  a paragraph a copy adds (a credit line at the end, a translation notice at the start), or null
     */
    private Article write(Draft draft, UnaryOperator<String> reword, String extra) {
        StringBuilder text = new StringBuilder();
        Map<Actor, List<Mention>> mentions = new LinkedHashMap<>();
        Map<Actor, List<String>> forms = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        if (TRANSLATED.equals(extra)) {
            text.append(extra);
        }
        for (List<Piece> paragraph : draft.paragraphs()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            for (Piece p : paragraph) {
                switch (p) {
                    case Words w -> text.append(reword.apply(w.text()));
                    case Name n -> name(text, n.actor(), mentions, forms);
                    case Said s -> quotes.add(statement(text, s, reword, mentions, forms));
                }
            }
        }
        if (CREDIT.equals(extra)) {
            text.append("\n\n").append(extra);
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((actor, spans) -> entities.add(actor.entity(
                forms.get(actor).stream().filter(f -> !f.equals(actor.name())).distinct().toList(), spans)));
        String body = text.toString();
        String id = ArticleIds.of(body);
        Article.Builder b = Article.builder().id(id).source("synthetic:" + draft.event() + "/" + id)
                .url(draft.publisher() == null ? null : "https://" + draft.publisher().toLowerCase(Locale.ROOT)
                        .replace(' ', '-') + ".example/" + draft.event() + "/" + id)
                .title(draft.title()).publisher(draft.publisher()).author(draft.author()).language("en")
                .section(draft.section()).text(body).entities(entities)
                .quotes(quotes.stream().map(q -> q.withStances(STANCES.stances(q.text()))).toList());
        if (draft.inferred() != null) {
            b.published(draft.published(), draft.inferred());
        } else {
            b.published(draft.published());
        }
        return b.events(EVENT_CODER.events(body, draft.published())).build();
    }

    private static void name(StringBuilder text, Actor actor, Map<Actor, List<Mention>> mentions,
            Map<Actor, List<String>> forms) {
        boolean first = !mentions.containsKey(actor);
        String form = first ? actor.first() : actor.later();
        // The first form may carry a title ("President Tomas Brevik"): the mention is the name within it.
        String surface = first && form.endsWith(actor.name()) ? actor.name() : form;
        text.append(form, 0, form.length() - surface.length());
        int start = text.length();
        text.append(surface);
        mentions.computeIfAbsent(actor, k -> new ArrayList<>()).add(new Mention(start, text.length(), surface));
        forms.computeIfAbsent(actor, k -> new ArrayList<>()).add(form);
    }

    private static Quote statement(StringBuilder text, Said s, UnaryOperator<String> reword,
            Map<Actor, List<Mention>> mentions, Map<Actor, List<String>> forms) {
        String words = reword.apply(s.words());
        int start;
        int speakerStart;
        int speakerEnd;
        String cue = s.shape() == 1 ? "told" : "said";
        QuoteKind kind = s.shape() == 3 ? QuoteKind.INDIRECT : QuoteKind.DIRECT;
        if (s.shape() <= 1) {
            text.append('"');
            start = text.length();
            text.append(words).append(",\" ");
            speakerStart = text.length();
            speaker(text, s, mentions, forms);
            speakerEnd = text.length();
            text.append(s.shape() == 1 ? " told reporters." : " said.");
        } else {
            speakerStart = text.length();
            speaker(text, s, mentions, forms);
            speakerEnd = text.length();
            if (s.shape() == 2) {
                text.append(" said: \"");
                start = text.length();
                text.append(words).append(".\"");
            } else {
                text.append(" said ");
                start = text.length();
                text.append(Character.toLowerCase(words.charAt(0))).append(words.substring(1)).append('.');
            }
        }
        int end = start + words.length();
        String quoted = text.substring(start, end);
        if (s.speaker() == null) {
            return new Quote(quoted, s.unnamed(), null, cue, kind, start, end, speakerStart, speakerEnd, List.of());
        }
        return new Quote(quoted, s.speaker().name(), s.speaker().id(), cue, kind, start, end, speakerStart, speakerEnd,
                List.of());
    }

    private static void speaker(StringBuilder text, Said s, Map<Actor, List<Mention>> mentions,
            Map<Actor, List<String>> forms) {
        if (s.speaker() == null) {
            text.append(s.unnamed());
        } else {
            name(text, s.speaker(), mentions, forms);
        }
    }
}
