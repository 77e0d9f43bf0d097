package dev.sitrep.dedup;

/**
 * Two synthetic press releases of one company written for the copy-detection tests: different news, the same
 * company profile, forward-looking statements disclaimer, contacts and end mark.
 */
final class PressReleases {
    private PressReleases() {
    }

    /** What every release of Harbour Dynamics ends with, word for word (about 170 words). */
    static final String TRAILER = """
            About Harbour Dynamics Inc.

            Harbour Dynamics Inc. (NASDAQ: HRBD) designs and builds autonomous cranes, berth sensors and port scheduling software for container terminals in Europe, Asia and the Americas. Founded in 2009 and headquartered in Rotterdam, the company employs more than 2,400 people in eleven countries and serves forty of the world's hundred busiest ports. For more information, visit the company's website.

            Forward-Looking Statements

            This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about expected orders, deliveries, revenue and market conditions. These statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ materially, including supply chain disruptions, changes in trade volumes, competition and the other risks described in the company's annual report. Harbour Dynamics undertakes no obligation to update any forward-looking statement.

            Media Contact:
            Lena Vos, Harbour Dynamics, press@harbourdynamics.example, +31 10 555 0100

            ###
            """;

    /** A release announcing an order. */
    static final String ORDER = """
            ROTTERDAM, March 3, 2025 -- Harbour Dynamics Inc. today announced an order from the Port of Gdansk for twelve autonomous ship-to-shore cranes, the largest single order in the company's history.

            The cranes will be delivered in three batches from the second half of 2026 and will be operated from a remote control room built by the port authority next to the new deep-water terminal.

            "Gdansk is growing faster than any port on the Baltic, and it chose the most efficient cranes on the market," said chief executive Pieter Bakker. The order is worth about 240 million euros including maintenance for ten years.

            """ + TRAILER;

    /** A release announcing results, from the same company a month later. */
    static final String RESULTS = """
            ROTTERDAM, April 17, 2025 -- Harbour Dynamics Inc. reported first-quarter revenue of 412 million euros, up nine percent from a year earlier, as sales of its berth sensors to Asian terminals offset a slower quarter for crane deliveries in Europe.

            Operating margin narrowed to 11.2 percent from 12.5 percent because of higher steel prices and the cost of opening a second software centre in Singapore, the company said.

            Chief financial officer Anna Meijer said the company kept its forecast for the full year and expected crane deliveries to pick up in the autumn, once two delayed ships carrying components reach Rotterdam.

            """ + TRAILER;
}
