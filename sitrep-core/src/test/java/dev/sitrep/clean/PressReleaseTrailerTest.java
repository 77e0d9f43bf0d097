package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a press release's trailer starts, on short synthetic texts. */
class PressReleaseTrailerTest {
    private static final String BODY = "Acme Corp. today announced a new plant in Lyon that will employ 300 people.\n\n"
            + "Production will start in the spring, the company said.\n\n";

    @Test
    void theCompanyProfileOpensTheTrailer() {
        String text = BODY + "About Acme Corp.\n\nAcme Corp. makes pumps and valves for water utilities.\n\n###";
        assertEquals(text.indexOf("About Acme"), PressReleaseTrailer.start(text));
    }

    @Test
    void aRunInProfileOpensIt() {
        String text = BODY + "About Acme: Acme makes pumps and valves for water utilities in 40 countries.";
        assertEquals(text.indexOf("About Acme"), PressReleaseTrailer.start(text));
    }

    @Test
    void theDisclaimerContactsOrEndMarkOpenIt() {
        for (String trailer : new String[] {"Forward-Looking Statements\n\nThis release contains …",
            "This press release contains forward-looking statements that involve risks.", "Media Contacts:\nJane Roe",
            "Investor Relations Contact: ir@acme.example", "Press inquiries: press@acme.example", "- ### -", "-30-"}) {
            String text = BODY + trailer;
            assertEquals(BODY.length(), PressReleaseTrailer.start(text), trailer);
        }
    }

    @Test
    void newsThatMerelyMentionsTheseWordsHasNone() {
        String text = BODY + "About 200 people attended the opening, and About Town magazine sent a reporter.\n\n"
                + "About Lyon, the mayor said little.\n\nThe contact group met on Friday.";
        assertEquals(text.length(), PressReleaseTrailer.start(text));
    }

    @Test
    void theFirstParagraphIsNeverATrailer() {
        String text = "###\n\n" + BODY;
        assertEquals(text.length(), PressReleaseTrailer.start(text));
    }
}
