package dev.sitrep.webtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Stories and copied statements in headless Chromium over the demo corpus, which holds copies (a spun summit
 * report, a translated coalition report): the story list, a story with its copies in date order, and a statement
 * shown once at its origin with the copy folded under "also in". Screenshots land in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesPageTest {
    private Browser browser;
    private DemoSite site;

    @BeforeAll
    void start(@TempDir Path work) throws IOException {
        browser = Browser.start();
        site = DemoSite.start(work);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theStoryListLeadsToAStoryWithItsCopiesAndStatementsOnce() throws IOException {
        browser.open(site.url() + "#/stories");
        List<WebElement> cards = browser.all(".story-card");
        assertTrue(cards.size() >= 5, "stories listed: " + cards.size());
        WebElement copied = cards.stream().filter(c -> c.findElement(By.cssSelector(".size")).getText().contains("cop"))
                .findFirst().orElseThrow(() -> new AssertionError("no story with copies"));
        assertTrue(copied.findElement(By.cssSelector(".size")).getText().startsWith("2 articles"), copied.getText());
        browser.screenshot("stories");

        browser.andWait(() -> copied.findElement(By.cssSelector("a.story-title")).click());
        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/story/"));
        List<WebElement> articles = browser.all(".story-article");
        assertEquals(2, articles.size());
        assertFalse(articles.get(0).getAttribute("class").contains("copy"), "the original comes first");
        assertTrue(articles.get(1).getAttribute("class").contains("copy"));
        String first = articles.get(0).findElement(By.cssSelector("time")).getAttribute("datetime");
        String second = articles.get(1).findElement(By.cssSelector("time")).getAttribute("datetime");
        assertTrue(first.compareTo(second) < 0, first + " before " + second);

        List<WebElement> copiedStatements = browser.all(".quote-card[data-copies='1']");
        assertFalse(copiedStatements.isEmpty(), "statements repeated by the copy are shown once");
        WebElement card = copiedStatements.get(0);
        assertEquals(first, card.findElement(By.cssSelector(".meta time")).getAttribute("datetime"), "the origin's date");
        assertEquals("origin", card.findElement(By.cssSelector(".origin-label")).getAttribute("textContent"));
        WebElement summary = card.findElement(By.cssSelector(".sources summary"));
        assertTrue(summary.getText().startsWith("also in 1 source"), summary.getText());
        summary.click();
        WebElement source = card.findElement(By.cssSelector(".source-item"));
        assertTrue(source.isDisplayed());
        assertTrue(source.findElement(By.cssSelector("time")).getAttribute("datetime").equals(second), source.getText());
        String copyId = articles.get(1).getAttribute("data-id");
        assertTrue(source.findElement(By.cssSelector("a.open-copy")).getAttribute("href").contains(copyId));
        browser.screenshot("story");

        browser.andWait(() -> source.findElement(By.cssSelector("a.open-copy")).click());
        assertFalse(browser.all(".article-text .quote.focus").isEmpty(), "the copy opens with the statement marked");
        List<String> severe = browser.consoleMessages().stream().filter(m -> m.contains("SEVERE")).toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    @Test
    void anUnknownStoryIsExplained() {
        browser.open(site.url() + "#/story/no-such-story");
        assertTrue(browser.find(".notice.error").getText().contains("no story with id"));
    }
}
