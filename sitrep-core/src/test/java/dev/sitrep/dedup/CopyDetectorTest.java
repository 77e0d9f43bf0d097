package dev.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

    private static Article article(String text, LocalDate published) {
        return Article.builder().id(ArticleIds.of(text)).text(text).published(published).build();
    }

    @Test
    void spunTruncatedAndRechromedCopiesPointAtTheOriginal() {
        CopyDetector d = new CopyDetector();
        Article original = article(Stories.ORIGINAL, LocalDate.of(2025, 2, 13));
        assertNull(d.accept(original).duplicateOf());
        String chrome = "Home | World | Politics\n\nShare this article\n\n" + Stories.ORIGINAL + "\n\nMost read\n\nSubscribe to our newsletter";
        for (String copy : List.of(Stories.SPUN, Stories.truncatedAndReordered(), chrome)) {
            assertEquals(original.id(), d.accept(article(copy, LocalDate.of(2025, 2, 14))).duplicateOf(), copy);
        }
    }

    @Test
    void anIndependentReportOfTheSameEventIsNotACopy() {
        CopyDetector d = new CopyDetector();
        d.accept(article(Stories.ORIGINAL, LocalDate.of(2025, 2, 13)));
        assertNull(d.accept(article(Stories.RIVAL, LocalDate.of(2025, 2, 13))).duplicateOf());
    }

    @Test
    void twoReleasesOfOneCompanySharingOnlyTheirBoilerplateAreNotCopies() {
        CopyDetector d = new CopyDetector();
        d.accept(article(PressReleases.ORDER, LocalDate.of(2025, 3, 3)));
        assertNull(d.accept(article(PressReleases.RESULTS, LocalDate.of(2025, 4, 17))).duplicateOf());
    }

    @Test
    void aRechromedPressReleaseIsStillACopy() {
        CopyDetector d = new CopyDetector();
        Article release = article(PressReleases.ORDER, LocalDate.of(2025, 3, 3));
        d.accept(release);
        String rechromed = "Home | Business | Markets\n\nShare this article\n\n"
                + PressReleases.ORDER.replace("###", "") + "\n\nMost read\n\nSubscribe to our newsletter";
        assertEquals(release.id(), d.accept(article(rechromed, LocalDate.of(2025, 3, 4))).duplicateOf());
        String bodyOnly = PressReleases.ORDER.substring(0, PressReleases.ORDER.indexOf("About Harbour"));
        assertEquals(release.id(), d.accept(article(bodyOnly, LocalDate.of(2025, 3, 4))).duplicateOf());
    }

    @Test
    void anEarlierCopyArrivingLateBecomesTheOriginal() {
        CopyDetector d = new CopyDetector();
        Article spun = article(Stories.SPUN, LocalDate.of(2025, 2, 15));
        Article chrome = article("Share this article\n\n" + Stories.SPUN, LocalDate.of(2025, 2, 16));
        Article original = article(Stories.ORIGINAL, LocalDate.of(2025, 2, 13));
        d.accept(spun);
        assertEquals(spun.id(), d.accept(chrome).duplicateOf());
        CopyDetector.Decision late = d.accept(original);
        assertNull(late.duplicateOf());
        assertEquals(List.of(spun.id(), chrome.id()), late.repoint());
        Article another = article(Stories.truncatedAndReordered(), LocalDate.of(2025, 2, 20));
        assertEquals(original.id(), d.accept(another).duplicateOf());
    }

    @Test
    void fingerprintsOfTheSameTextAgreeExactly() {
        Fingerprinter f = new Fingerprinter();
        Similarity s = f.of(Stories.ORIGINAL).compare(f.of(Stories.ORIGINAL));
        assertEquals(1.0, s.words(), 1e-3);
        assertEquals(1.0, s.skeleton(), 1e-3);
        assertTrue(f.of(Stories.ORIGINAL).compare(f.of(Stories.RIVAL)).words() < 0.1);
    }

    @Test
    void emptyAndTinyTextsNeverMatchEverything() {
        CopyDetector d = new CopyDetector();
        d.accept(article(Stories.ORIGINAL, null));
        assertNull(d.accept(article("", null)).duplicateOf());
        assertNull(d.accept(article("Brussels", null)).duplicateOf());
    }
}
