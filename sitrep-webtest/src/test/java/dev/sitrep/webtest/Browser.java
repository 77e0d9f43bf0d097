package dev.sitrep.webtest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with a fresh profile. Both executables are named
 * explicitly, so Selenium never looks for (or downloads) a browser or driver of its own; when either is absent the
 * calling test is skipped with a message saying what to install.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    // Selenium warns that it has no DevTools bindings for this Chromium; these tests use WebDriver only. Held in a
    // field because java.util.logging keeps loggers weakly, and a collected one forgets its level.
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    static Browser start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                        + "(Debian: apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("sitrep-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    void open(String url) {
        driver.get(url);
        waitForView();
    }

    /** Waits until the router has put a finished view into the page (it sets {@code #view[data-ready]}). */
    void waitForView() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript(
                    "const v = document.getElementById('view'); return v && v.dataset.ready && !v.querySelector('.loading');");
            return Boolean.TRUE.equals(ready);
        });
    }

    /** Sets the hash route and waits for the view it names. */
    void go(String hash) {
        String before = String.valueOf(script("return document.getElementById('view').dataset.ready"));
        script("window.location.hash = arguments[0]", hash);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !before.equals(String.valueOf(
                script("return document.getElementById('view').dataset.ready"))));
        waitForView();
    }

    /** Runs {@code action} (a click or a submit) and waits for the view it leads to. */
    void andWait(Runnable action) {
        String before = String.valueOf(script("return document.getElementById('view').dataset.ready"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !before.equals(String.valueOf(
                script("return document.getElementById('view').dataset.ready"))));
        waitForView();
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitUntil(java.util.function.Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.apply(driver));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the whole window as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The browser console's messages since the last call (errors, CSP refusals). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
