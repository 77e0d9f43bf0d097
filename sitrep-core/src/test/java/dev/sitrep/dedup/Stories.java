package dev.sitrep.dedup;

/** Synthetic stories written for the copy-detection tests: an original, its copies, and a same-topic rival. */
final class Stories {
    private Stories() {
    }

    static final String ORIGINAL = """
            Defence ministers of the alliance met in Brussels on Thursday to discuss how to keep supplying Ukraine with air defence systems through the winter.

            The meeting was the first since the new American defence secretary took office, and several ministers said they wanted to hear whether Washington would keep its commitments to the coalition.

            According to two diplomats who were present, the secretary told the room that European governments would have to carry a larger share of the cost, but he did not announce any cut in American deliveries.

            Poland and the Baltic states pressed for a faster timetable for the new ammunition plants, while Germany said it would pay for two more air defence batteries before the end of the year.

            The secretary general closed the meeting by saying that the allies were united on the need to support Kyiv for as long as it takes, and that the next meeting would be held in June.
            """;

    /** The same story after an article spinner: about a third of the content words swapped for synonyms. */
    static final String SPUN = """
            Defence ministers of the alliance assembled in Brussels on Thursday to debate how to keep providing Ukraine with air protection systems through the winter.

            The gathering was the first since the new American defence secretary took workplace, and several ministers mentioned they wanted to listen whether Washington would keep its commitments to the coalition.

            According to two diplomats who were current, the secretary instructed the room that European governments would have to carry a larger portion of the price, but he did not announce any reduce in American deliveries.

            Poland and the Baltic states pushed for a quicker timetable for the new ammunition vegetation, while Germany mentioned it would pay for two more air defence batteries before the finish of the year.

            The secretary general closed the assembly by saying that the allies were united on the necessity to help Kyiv for as long as it takes, and that the subsequent meeting would be held in June.
            """;

    /** Another outlet's report of the same meeting, written independently. */
    static final String RIVAL = """
            Brussels hosted allied defence chiefs this week as pressure mounted over winter air defences for Kyiv.

            Officials described a tense session in which the Pentagon chief urged European capitals to spend more on their own militaries, though no reduction in US arms shipments was announced.

            Warsaw, Vilnius, Riga and Tallinn wanted ammunition factories built sooner, and Berlin pledged two extra Patriot batteries by December.

            Alliance leaders insisted support for Ukraine would continue, with ministers due to reconvene in June.
            """;

    static String truncatedAndReordered() {
        String[] paragraphs = ORIGINAL.strip().split("\n\n");
        return paragraphs[2] + "\n\n" + paragraphs[0] + "\n\n" + paragraphs[1];
    }
}
