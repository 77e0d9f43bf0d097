package dev.sitrep.webtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The web page used the way an analyst uses it, in headless Chromium, against a real server over a store built
 * from the demo corpus: search, read a statement in its article, study an actor and a topic, and survive an
 * article full of markup, and follow a story across its copies. Screenshots land in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageTest {
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

    @BeforeEach
    void wide() {
        browser.resize(1280, 900);
        browser.consoleMessages(); // what an earlier test logged is not this test's
    }

    @Test
    void searchingShowsHighlightedResultsActorsAndStatements() throws IOException {
        browser.open(site.url());
        browser.find("#q").sendKeys("Nato");
        browser.andWait(() -> browser.find("#search-form button[type=submit]").click());

        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/search?q=Nato"), "the search is a link");
        List<WebElement> results = browser.all(".result");
        assertTrue(results.size() >= 5, "articles found: " + results.size());
        List<WebElement> marks = browser.all(".result .snippet mark");
        assertFalse(marks.isEmpty(), "snippets highlight the hits");
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase(Locale.ROOT).contains("nato")), "only hits are marked");
        assertFalse(browser.all(".side .quote-card").isEmpty(), "statements about the query are listed");
        assertTrue(browser.all(".side .entity-link").stream().anyMatch(a -> a.getText().equals("NATO")), "the actor is offered");
        assertTrue(browser.find(".follow .feed-link").getAttribute("href").endsWith("/api/feed?q=Nato"), "the search as a feed");
        Object feed = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('.follow .feed-link').href).then(r => r.text())
                  .then(t => done(new DOMParser().parseFromString(t, 'application/xml').querySelectorAll('entry').length), e => done(String(e)));
                """);
        assertTrue(feed instanceof Long n && n >= 5, "the feed lists the articles: " + feed);
        browser.screenshot("search-nato");
        assertNoConsoleErrors();
    }

    @Test
    void pagingAndFiltersNarrowTheResults() throws IOException {
        browser.open(site.url() + "#/search?q=said");
        String first = browser.find(".result-title").getText();
        String range = browser.find(".pager .range").getText();
        assertTrue(range.startsWith("1–10 of "), range);
        browser.andWait(() -> browser.find(".pager a.next").click());
        assertTrue(browser.find(".pager .range").getText().startsWith("11–"), "second page");
        assertNotEquals(first, browser.find(".result-title").getText());

        browser.go("#/search?q=said&from=2025-07-01&to=2025-07-31");
        assertFalse(browser.all(".result").isEmpty());
        for (WebElement time : browser.all(".result time")) {
            String day = time.getAttribute("datetime");
            assertTrue(day.compareTo("2025-07-01") >= 0 && day.compareTo("2025-07-31") <= 0, "inside the range: " + day);
        }
        assertEquals("2025-07-01", browser.find("input[name=from]").getAttribute("value"), "the form shows the filter");
        browser.screenshot("search-filtered");
    }

    @Test
    void aQuoteOpensItsArticleWithTheStatementMarked() throws IOException {
        browser.open(site.url() + "#/search?q=Nato");
        WebElement card = browser.find(".side .quote-card");
        String words = card.findElement(org.openqa.selenium.By.cssSelector(".words")).getText();
        browser.andWait(() -> card.findElement(org.openqa.selenium.By.cssSelector("a.open-article")).click());

        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/article/"));
        WebElement focus = browser.find(".article-text .quote.focus");
        assertTrue(words.contains(focus.getText().strip()) || focus.getText().contains(words.strip()),
                "the marked statement is the card's: " + focus.getText());
        assertFalse(browser.all(".article-text a.entity").isEmpty(), "named actors are marked and linked");
        assertFalse(browser.find(".source").getText().isBlank());
        browser.screenshot("article-from-quote");
        assertNoConsoleErrors();
    }

    @Test
    void anActorPageDrawsTheTimelineAndTheNetwork() throws IOException {
        browser.open(site.url() + "#/search?q=Nato");
        WebElement actor = browser.all(".side .entity-link").stream().filter(a -> a.getText().equals("NATO")).findFirst().orElseThrow();
        browser.andWait(actor::click);

        assertEquals("NATO", browser.find(".actor-name").getText());
        assertTrue(browser.find(".aliases").getText().contains("Nato"));
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector("figure.chart[data-drawn=true]")).isEmpty());
        Number width = (Number) browser.script("return document.querySelector('figure.chart canvas').getBoundingClientRect().width");
        Number height = (Number) browser.script("return document.querySelector('figure.chart canvas').getBoundingClientRect().height");
        assertTrue(width.doubleValue() > 100 && height.doubleValue() > 100, "canvas " + width + "x" + height);
        Number plotted = (Number) browser.script("const c = Chart.getChart(document.querySelector('figure.chart canvas'));"
                + "return c.data.datasets[0].data.filter(v => v > 0).length;");
        assertTrue(plotted.intValue() >= 3, "days with mentions drawn: " + plotted);
        assertTrue(browser.all("svg.network circle").size() >= 4, "co-mentioned actors drawn");
        assertFalse(browser.all(".bars li").isEmpty(), "publishers listed");
        browser.screenshot("actor-nato");
        assertNoConsoleErrors();
    }

    @Test
    void anActorPageListsOfficesWithTheirDates() throws IOException {
        browser.open(site.url());
        browser.go("#/actor/kb%3Apete-hegseth");
        assertEquals("Pete Hegseth", browser.find(".actor-name").getText());
        WebElement role = browser.find(".roles li");
        assertEquals("US Secretary of Defense, 2025-01-25 \u2013", role.getText());
        assertEquals("United States", role.getAttribute("title"));
        assertNoConsoleErrors();
    }

    @Test
    void aTopicTimelineShowsArticlesPerDayAndStatementsInOrder() throws IOException {
        browser.open(site.url() + "#/topic");
        browser.find("#topic-q").sendKeys("Nato");
        browser.andWait(() -> browser.find("#topic-form button").click());

        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector("figure.chart[data-drawn=true]")).isEmpty());
        assertTrue(Integer.parseInt(browser.find("figure.chart").getAttribute("data-points")) >= 3);
        List<String> days = browser.all(".timeline .quote-card time").stream().map(t -> t.getAttribute("datetime")).toList();
        List<String> dated = days.stream().filter(d -> !d.isEmpty()).toList();
        assertTrue(dated.size() >= 2, "statements: " + days);
        assertEquals(dated.stream().sorted().toList(), dated, "statements in date order");
        assertEquals(dated, days.subList(0, dated.size()), "undated statements come last");
        browser.screenshot("topic-nato");

        String link = browser.driver.getCurrentUrl();
        browser.driver.navigate().refresh();
        browser.waitForView();
        assertEquals(link, browser.driver.getCurrentUrl());
        assertEquals("Nato", browser.find(".page-head .topic").getText(), "the view is a link that reloads to itself");
        assertNoConsoleErrors();
    }

    @Test
    void positionsShowEachSpeakersStanceChartAndStatements() throws IOException {
        browser.open(site.url() + "#/positions");
        browser.find("#positions-issue").sendKeys("reassurance-force");
        browser.andWait(() -> browser.find("#positions-form button").click());

        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/positions?issue=reassurance-force"),
                "the positions are a link");
        List<WebElement> panels = browser.all(".panel.position");
        assertTrue(panels.size() >= 2, "a panel per speaker: " + panels.size());
        assertTrue(browser.find(".page-head .topic").getText().contains("reassurance force"));
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".position figure.chart[data-drawn=true]")).isEmpty());
        List<WebElement> cards = browser.all(".position .quote-card");
        assertFalse(cards.isEmpty(), "statements listed");
        for (WebElement card : cards) {
            String stance = card.getAttribute("data-stance");
            assertTrue(List.of("supports", "opposes", "neither").contains(stance), stance);
            assertEquals(stance, card.findElement(org.openqa.selenium.By.cssSelector(".meta .stance")).getText());
        }
        browser.screenshot("positions-reassurance-force");
        String stance = cards.get(0).getAttribute("data-stance");
        browser.go("/positions?issue=reassurance-force&stance=" + stance);
        assertFalse(browser.all(".position .quote-card").isEmpty());
        assertTrue(browser.all(".position .quote-card").stream().allMatch(c -> stance.equals(c.getAttribute("data-stance"))),
                "the stance filter keeps its statements");
        assertEquals(stance, browser.find("#positions-stance").getAttribute("value"));
        browser.andWait(() -> browser.find(".position .quote-card .open-article").click());
        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/article/"), "a statement opens its article");
        assertNoConsoleErrors();
    }

    @Test
    void eventsShowTheTableTheCountsAndTheChart() throws IOException {
        browser.open(site.url() + "#/events");
        browser.waitForView();
        List<WebElement> rows = browser.all("table.events tr.event");
        assertFalse(rows.isEmpty(), "the demo corpus reports events");
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector("figure.chart[data-drawn=true]")).isEmpty());
        List<WebElement> types = browser.all(".facet[data-facet=type] a");
        assertFalse(types.isEmpty(), "counts by type");
        assertFalse(browser.all(".facet[data-facet=actor] a").isEmpty(), "counts by actor");
        browser.screenshot("events");
        String type = types.get(0).getAttribute("data-value");
        browser.andWait(() -> types.get(0).click());
        assertTrue(String.valueOf(browser.script("return location.hash")).contains("type=" + type), "a count is a filter");
        assertTrue(browser.all("table.events tr.event").stream().allMatch(r -> type.equals(r.getAttribute("data-type"))),
                "every row is of the chosen type");
        assertEquals(type, browser.find("#events-type").getAttribute("value"));
        browser.andWait(() -> browser.find("table.events .evidence .open-article").click());
        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/article/"), "the evidence opens its article");
        assertNoConsoleErrors();
    }

    @Test
    void statementsAreCountedBySpeakerAndEachCountNarrowsTheList() throws IOException {
        browser.open(site.url() + "#/statements");
        browser.waitForView();
        assertFalse(browser.all(".results .quote-card").isEmpty(), "statements are listed");
        List<WebElement> speakers = browser.all(".facet[data-facet=speaker] a");
        assertFalse(speakers.isEmpty(), "counts by speaker");
        assertFalse(browser.all(".facet[data-facet=publisher] a").isEmpty(), "counts by publisher");
        String id = speakers.get(0).getAttribute("data-value");
        String count = browser.all(".facet[data-facet=speaker] .count").get(0).getText();
        browser.andWait(() -> speakers.get(0).click());
        assertTrue(String.valueOf(browser.script("return location.hash")).contains("speaker="), "a count is a filter");
        List<WebElement> cards = browser.all(".results .quote-card");
        assertFalse(cards.isEmpty());
        assertTrue(browser.all(".results .quote-card .speaker").stream()
                        .allMatch(a -> String.valueOf(a.getAttribute("href")).endsWith("/actor/" + id.replace(":", "%3A"))),
                "every statement is the chosen speaker's");
        assertTrue(browser.find(".results h2").getText().startsWith(count + " statement"),
                "the count said how many there would be: " + browser.find(".results h2").getText());
        assertTrue(browser.find(".facet[data-facet=speaker] li.on a").getText().startsWith("×"), "the filter in use takes itself off");
        browser.screenshot("statements-by-speaker");
        assertNoConsoleErrors();
    }

    @Test
    void aSearchIsCountedByPublisherAndActorAndEachCountNarrowsIt() throws IOException {
        browser.open(site.url() + "#/search?q=Nato");
        browser.waitForView();
        List<WebElement> publishers = browser.all(".facet[data-facet=publisher] a");
        assertFalse(publishers.isEmpty(), "counts by publisher");
        assertFalse(browser.all(".facet[data-facet=entity] a").isEmpty(), "counts by actor");
        String publisher = publishers.get(0).getAttribute("data-value");
        browser.andWait(() -> publishers.get(0).click());
        List<WebElement> results = browser.all(".result");
        assertFalse(results.isEmpty());
        assertTrue(browser.all(".result .publisher").stream().allMatch(e -> e.getText().equals(publisher)),
                "every article is the chosen publisher's");
        assertEquals(results.size(), browser.all(".result .publisher").size());
        assertNoConsoleErrors();
    }

    @Test
    void chartsCountByWeekOrMonthWhenTheDataSpansLong() {
        browser.open(site.url() + "#/search");
        Object buckets = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/charts.js').then(m => {
                  const chart = (title, counts) => m.dayChart(title, [{ label: 'n', counts: new Map(counts) }]);
                  const days = chart('Articles per day', [['2025-03-01', 1], ['2025-03-20', 2]]);
                  const weeks = chart('Articles per day', [['2025-01-01', 1], ['2025-01-02', 1], ['2025-09-30', 2]]);
                  const months = chart('Articles per day', [['2019-05-10', 1], ['2025-03-03', 4], ['2025-03-30', 1]]);
                  done([days.dataset.bucket, weeks.dataset.bucket, weeks.dataset.points, weeks.querySelector('figcaption').textContent,
                        months.dataset.bucket, months.dataset.points, m.periodStart('2025-03-30', 'week'),
                        m.periodRange(['2019-05-10', '2025-03-03'], 'month').length]);
                }, e => done(String(e)));
                """);
        assertEquals(List.of("day", "week", "2", "Articles per week", "month", "2", "2025-03-24", 71L), buckets,
                "two days in one week are one bar; March 2025 is one month; May 2019 to March 2025 is 71 months");
        assertNoConsoleErrors();
    }

    @Test
    void markupInAnArticleShowsAsTextAndRunsNothing() throws IOException {
        browser.open(site.url() + "#/search?q=%22resident%20pasted%22");
        WebElement title = browser.find(".result-title");
        assertEquals("Council debates <script>alert(1)</script> filter", title.getText());
        browser.andWait(title::click);

        String text = browser.find("#article-text").getText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("<img src=x onerror="), text);
        assertTrue(text.contains("Every <b>tag</b> must show as text"), text);
        assertEquals("Council debates <script>alert(1)</script> filter", browser.find(".article-title").getText());
        assertEquals(0L, browser.script("return document.querySelectorAll('#view script, #view img, #view b').length"));
        assertEquals(Boolean.TRUE, browser.script("return window.sitrepPwned === undefined && document.title !== 'pwned'"));
        assertNoAlert();
        browser.screenshot("article-hostile");
    }

    @Test
    void markupInTitlesTextsUrlsAndSpeakersRunsNothingInAnyView() throws IOException {
        browser.open(site.url());
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/search?q=harbour&limit=50').then(r => r.json())
                  .then(p => done(p.items.filter(a => /script|onerror|javascript/.test(JSON.stringify(a))).map(a => a.id)));""");
        assertTrue(ids.size() >= 2, "both hostile articles are stored: " + ids);
        List<String> views = new java.util.ArrayList<>(List.of("#/search?q=harbour", "#/search?q=%22ferry%20board%22",
                "#/topic?q=harbour", "#/stories", "#/statements?about=harbour"));
        for (String id : ids) {
            views.add("#/article/" + id);
            @SuppressWarnings("unchecked")
            List<String> more = (List<String>) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/articles/' + encodeURIComponent(arguments[0])).then(r => r.json()).then(a => done(
                      [...(a.story ? ['#/story/' + encodeURIComponent(a.story)] : []),
                       ...(a.entities || []).map(e => '#/actor/' + encodeURIComponent(e.id))]));""", id);
            views.addAll(more);
        }
        for (String view : views) {
            browser.go(view);
            assertInert(view);
        }
        browser.go("#/article/" + ids.get(ids.size() - 1));
        List<WebElement> statements = browser.all("#article-text .quote");
        assertFalse(statements.isEmpty(), "the hostile statement is marked");
        statements.get(0).click(); // opening a statement renders its card too
        assertInert("statement opened");
        browser.screenshot("article-hostile-links");
    }

    /** Nothing the hostile articles carry ran, and no live script link, handler or frame reached the page. */
    private void assertInert(String view) {
        assertNoAlert();
        assertEquals(Boolean.TRUE, browser.script("return window.sitrepPwned === undefined && document.title !== 'pwned'"), view);
        assertEquals(0L, browser.script("""
                return [...document.querySelectorAll('#view *')].filter(e =>
                    /^(script|iframe|object|embed)$/i.test(e.tagName)
                    || [...e.attributes].some(a => /^on/i.test(a.name)
                        || (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value)))).length"""),
                view + ": a script element, handler or javascript: link in the view");
    }

    @Test
    void anArticleFromAnAggregatePageCarriesItsWarning() throws IOException {
        browser.open(site.url());
        browser.screenshot("home");
        String id = (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/search?limit=200').then(r => r.json())
                  .then(p => done((p.items.find(a => a.flags.includes('from-aggregate-page')) || {}).id || null));""");
        assertTrue(id != null, "the demo corpus holds an aggregate page");
        browser.go("#/article/" + id);
        WebElement warning = browser.find(".notice.warn[data-flag=from-aggregate-page]");
        assertTrue(warning.getText().contains("split out of a page"), warning.getText());
        assertFalse(browser.find(".source .source-path").getText().isBlank(), "the original source is shown");
        browser.screenshot("article-aggregate");
    }

    @Test
    void snippetsTurnOnlyMarkIntoMarkup() {
        browser.open(site.url());
        List<?> r = (List<?>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/dom.js').then(m => {
                  const p = document.createElement('p');
                  p.append(m.snippet('a &lt;script&gt;x&lt;/script&gt; <mark>hit</mark> &amp; <img src=x onerror=alert(1)> &#39;q&#39;'));
                  done([p.innerHTML, p.textContent, p.querySelectorAll('mark').length, p.querySelectorAll('img,script').length]);
                });""");
        assertEquals("a <script>x</script> hit & <img src=x onerror=alert(1)> 'q'", r.get(1));
        assertEquals(1L, r.get(2));
        assertEquals(0L, r.get(3), "no element but <mark> is ever made: " + r.get(0));
    }

    @Test
    void aBadQueryIsExplainedWithACaret() throws IOException {
        browser.open(site.url() + "#/search?q=(nato");
        WebElement error = browser.find(".notice.error");
        assertFalse(error.getText().isBlank());
        assertTrue(browser.find(".notice.error .pretty").getText().contains("^"));
        browser.screenshot("search-error");
    }

    @Test
    void aNarrowWindowNeedsNoSidewaysScrolling() throws IOException {
        browser.resize(390, 844);
        browser.open(site.url() + "#/search?q=Nato");
        assertNoSidewaysScroll();
        browser.screenshot("narrow-search");
        browser.andWait(() -> browser.find(".result-title").click());
        assertNoSidewaysScroll();
        browser.screenshot("narrow-article");
        browser.andWait(() -> browser.find(".side .entity-link").click());
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector("figure.chart[data-drawn=true]")).isEmpty());
        assertNoSidewaysScroll();
        browser.screenshot("narrow-actor");
    }

    /**
     * The demo corpus holds copies (a spun summit report, a translated coalition report): the story list leads to
     * a story with its copies in date order, where a statement shows once at its origin with the copy folded
     * under "also in".
     */
    @Test
    void theStoryListLeadsToAStoryWithItsCopiesAndStatementsOnce() throws IOException {
        browser.open(site.url() + "#/stories");
        List<WebElement> cards = browser.all(".story-card");
        assertTrue(cards.size() >= 5, "stories listed: " + cards.size());
        WebElement copied = cards.stream().filter(c -> c.findElement(org.openqa.selenium.By.cssSelector(".size")).getText().contains("cop"))
                .findFirst().orElseThrow(() -> new AssertionError("no story with copies"));
        assertTrue(copied.findElement(org.openqa.selenium.By.cssSelector(".size")).getText().startsWith("2 articles"), copied.getText());
        browser.screenshot("stories");

        browser.andWait(() -> copied.findElement(org.openqa.selenium.By.cssSelector("a.story-title")).click());
        assertTrue(String.valueOf(browser.script("return location.hash")).startsWith("#/story/"));
        List<WebElement> articles = browser.all(".story-article");
        assertEquals(2, articles.size());
        assertFalse(articles.get(0).getAttribute("class").contains("copy"), "the original comes first");
        assertTrue(articles.get(1).getAttribute("class").contains("copy"));
        String first = articles.get(0).findElement(org.openqa.selenium.By.cssSelector("time")).getAttribute("datetime");
        String second = articles.get(1).findElement(org.openqa.selenium.By.cssSelector("time")).getAttribute("datetime");
        assertTrue(first.compareTo(second) < 0, first + " before " + second);

        List<WebElement> copiedStatements = browser.all(".quote-card[data-copies='1']");
        assertFalse(copiedStatements.isEmpty(), "statements repeated by the copy are shown once");
        WebElement card = copiedStatements.get(0);
        assertEquals(first, card.findElement(org.openqa.selenium.By.cssSelector(".meta time")).getAttribute("datetime"), "the origin's date");
        assertEquals("origin", card.findElement(org.openqa.selenium.By.cssSelector(".origin-label")).getAttribute("textContent"));
        WebElement summary = card.findElement(org.openqa.selenium.By.cssSelector(".sources summary"));
        assertTrue(summary.getText().startsWith("also in 1 source"), summary.getText());
        summary.click();
        WebElement source = card.findElement(org.openqa.selenium.By.cssSelector(".source-item"));
        assertTrue(source.isDisplayed());
        assertTrue(source.findElement(org.openqa.selenium.By.cssSelector(".date")).getAttribute("data-date").equals(second), source.getText());
        String copyId = articles.get(1).getAttribute("data-id");
        assertTrue(source.findElement(org.openqa.selenium.By.cssSelector("a.open-copy")).getAttribute("href").contains(copyId));
        browser.screenshot("story");

        browser.andWait(() -> source.findElement(org.openqa.selenium.By.cssSelector("a.open-copy")).click());
        // A statement of the title is marked on the title (its words are not in the text).
        assertFalse(browser.all(".article-text .quote.focus, .article-title.focus").isEmpty(),
                "the copy opens with the statement marked");
        assertNoConsoleErrors();
    }

    @Test
    void anUnknownStoryIsExplained() {
        browser.open(site.url() + "#/story/no-such-story");
        assertTrue(browser.find(".notice.error").getText().contains("no story with id"));
    }

    private void assertNoSidewaysScroll() {
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow.intValue() <= 0, "page is wider than the window by " + overflow + "px");
    }

    private void assertNoAlert() {
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** The console stays clean: no script errors, no Content-Security-Policy refusals, no failed loads. */
    private void assertNoConsoleErrors() {
        List<String> severe = browser.consoleMessages().stream().filter(m -> m.contains("SEVERE")).toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

}
