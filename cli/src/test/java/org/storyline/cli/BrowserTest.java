package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.storyline.server.ApiServer;
import org.storyline.server.ServerOptions;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * The web UI in headless Chromium over the three seed pages, served with the real engine behind the ingest
 * endpoints: the story list, the Alekseyev story with its three outlets and the critical/serious disagreement, an
 * article, the dossier and its timeline link, a search for "drone" from January 2026 with highlighted hits, the map
 * filtered by a country, the timeline filtered by type and by an entity picked from the suggestions, its undated
 * events, an event page, and the upload page: a wrong token refused in the banner, then a news page chosen through
 * the file input, processed by a job to "done", and the new story in the list. Saves a screenshot of each page to
 * {@code target/screenshots/NN-name.png}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code bin/install-browser.sh}) and the seeds in
 * {@code ../shared}; skipped with a message naming what is missing otherwise. Nothing leaves loopback: the driver
 * path is given (Selenium Manager never runs), Chromium's background services are off and every host name other
 * than the test server's resolves to nothing.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String TOKEN = "browser-test-token-0123456789";
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test uses WebDriver only. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    /** An invented report from a real city, uploaded through the page: dated, three paragraphs, a quote. */
    private static final String NEWS_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Fire destroys tram depot in Porto | Douro Courier</title>
            <meta property="og:site_name" content="Douro Courier">
            <meta property="og:title" content="Fire destroys tram depot in Porto">
            <meta property="article:published_time" content="2026-03-12T09:30:00+00:00">
            </head><body>
            <nav><a href="/">Home</a> <a href="/porto">Porto</a></nav>
            <article>
            <h1>Fire destroys tram depot in Porto</h1>
            <p class="byline">By Marta Queiroz, 12 March 2026</p>
            <p>PORTO, Portugal, March 12 (Douro Courier) - A fire destroyed a tram depot in Porto on Wednesday night,
            injuring three firefighters and damaging eleven historic trams, the city's civil protection service said.</p>
            <p>The blaze broke out shortly before midnight in the depot's workshop and took more than four hours to bring
            under control. Residents of nearby streets were evacuated as a precaution and allowed back on Thursday
            morning.</p>
            <p>"We lost trams that had run on these streets for almost a century," said Helena Vasconcelos, a
            spokeswoman for the civil protection service. Investigators have not yet determined the cause of the fire.</p>
            </article>
            <footer>Subscribe to our newsletter</footer>
            </body></html>
            """;

    @TempDir
    Path tmp;

    Store store;
    ApiServer server;
    ChromeDriver driver;
    int shot;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void analystReadsTheAlekseyevStory() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " ")
                        + (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER + " ")
                        + "missing; run bin/install-browser.sh as root (Debian packages chromium, chromium-driver)");
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "browser tests skipped: system property storyline.shared is not set");
        Path seeds = Path.of(shared, "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "browser tests skipped: no seed corpus at " + seeds);

        Path data = tmp.resolve("data");
        int exit = quietly(() -> Main.run("run", "--quiet", "--data", data.toString(), seeds.toString()));
        assertThat(exit).as("storyline run on the seeds").isZero();
        store = Stores.embedded(data);
        server = ApiServer.start(store, ServeCommand.ingestor(store, 1, false, 8L << 20),
                ServerOptions.defaults(tmp.resolve("staging")).withPort(0).withToken(TOKEN));
        String base = "http://127.0.0.1:" + server.port() + "/";
        startBrowser();
        Files.createDirectories(SHOTS);
        try (var old = Files.newDirectoryStream(SHOTS, "*.png")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }

        // The story list, newest first: the Alekseyev story with its disagreement badge.
        driver.get(base + "#/");
        waitFor(() -> driver.findElements(By.cssSelector("ol.stories li.story")).size() == 3, "three stories listed");
        assertThat(driver.findElement(By.cssSelector("ol.stories")).getText()).contains("disagreement");
        screenshot("stories");

        // The story whose events name Alekseyev: three outlets, and "critical" against "serious" side by side.
        List<String> stories = driver.findElements(By.cssSelector("li.story h2 a")).stream().map(a -> a.getAttribute("href")).toList();
        String story = null;
        for (String href : stories) {
            driver.get(href);
            waitFor(() -> !driver.findElements(By.cssSelector("section .events, section .empty")).isEmpty(), "story page of " + href);
            if (driver.findElements(By.cssSelector(".events")).stream().anyMatch(e -> e.getText().contains("Alekseyev"))
                    && !driver.findElements(By.cssSelector("table.disagreements")).isEmpty()) {
                story = href;
                break;
            }
        }
        assertThat(story).as("a story whose events name Alekseyev, among %s", stories).isNotNull();
        List<String> outlets = driver.findElements(By.cssSelector(".pagehead .chips.outlets .chip")).stream().map(WebElement::getText).toList();
        assertThat(outlets).as("source chips of the story").hasSize(3).contains("ABC News", "News.Az");
        WebElement condition = driver.findElements(By.cssSelector("table.disagreements tbody tr")).stream()
                .filter(tr -> tr.getText().contains("critical")).findFirst().orElseThrow(() -> new AssertionError(
                        "no disagreement row with 'critical' in " + driver.findElement(By.cssSelector("table.disagreements")).getText()));
        assertThat(condition.getText()).contains("serious").containsIgnoringCase("condition");
        assertThat(condition.findElements(By.cssSelector("td.value"))).allSatisfy(td ->
                assertThat(td.findElements(By.cssSelector(".chip"))).as("sources of each value").isNotEmpty());
        assertThat(driver.findElements(By.cssSelector("details.article[open] .text a.m"))).as("linked mentions").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("details.article[open] .text q.qt[title]"))).as("quotes with speakers").isNotEmpty();
        noErrorBanner();
        screenshot("story");

        // An article page: clean text, highlighted mentions and quotes.
        driver.findElement(By.cssSelector("details.article[open] p.open a")).click();
        waitFor(() -> driver.getCurrentUrl().contains("#/article/") && settled() && !driver.findElements(By.cssSelector(".reading .text p")).isEmpty(), "article page");
        noErrorBanner();
        screenshot("article");

        // Alekseyev's dossier, reached through a mention in the text.
        WebElement mention = driver.findElements(By.cssSelector(".reading .text a.m")).stream()
                .filter(a -> a.getText().contains("Alekseyev") || a.getText().contains("Alexeyev")).findFirst()
                .orElseThrow(() -> new AssertionError("no linked mention of Alekseyev in the article"));
        mention.click();
        waitFor(() -> driver.getCurrentUrl().contains("#/entity/") && settled() && !driver.findElements(By.cssSelector("table.attrs")).isEmpty(), "dossier");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Vladimir Alekseyev");
        assertThat(driver.findElement(By.cssSelector(".aliases")).getText()).contains("Alexeyev");
        assertThat(driver.findElement(By.cssSelector("table.attrs")).getText()).contains("Lieutenant General");
        assertThat(driver.findElements(By.cssSelector("table.evtable tbody tr"))).as("events of the dossier").isNotEmpty();
        noErrorBanner();
        screenshot("entity");

        // The dossier's "Timeline" link: the timeline filtered to him, his name in the entity box.
        String entityId = driver.getCurrentUrl().replaceAll(".*#/entity/", "");
        driver.findElement(By.cssSelector(".pagehead a.button[href^='#/timeline']")).click();
        waitFor(() -> driver.getCurrentUrl().contains("#/timeline?entity=" + entityId) && settled()
                && !driver.findElements(By.id("f-entity")).isEmpty(), "timeline of the entity");
        assertThat(driver.findElement(By.id("f-entity")).getAttribute("value")).isEqualTo("Vladimir Alekseyev");
        assertThat(driver.findElements(By.cssSelector("ol.tl li"))).as("events of the entity on the timeline").isNotEmpty();
        noErrorBanner();

        // Search "drone" from the header box (keyboard: '/' focuses it), then a date filter from January 2026.
        driver.findElement(By.tagName("body")).sendKeys("/");
        waitFor(() -> "quick-q".equals(driver.switchTo().activeElement().getAttribute("id")), "'/' focuses the search box");
        driver.switchTo().activeElement().sendKeys("drone", Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("#/search?q=drone") && !driver.findElements(By.id("search-from")).isEmpty(), "search page");
        WebElement from = driver.findElement(By.id("search-from"));
        from.sendKeys("2026-01", Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("from=2026-01") && settled()
                && driver.findElement(By.id("search-total")).getText().contains("from Jan 2026")
                && !driver.findElements(By.cssSelector("li.hit")).isEmpty(), "dated search hits");
        List<WebElement> marks = driver.findElements(By.cssSelector("li.hit .snippet mark"));
        assertThat(marks).as("highlighted hits").isNotEmpty();
        assertThat(marks).allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("drone"));
        assertThat(driver.findElements(By.cssSelector(".facets button.facet"))).as("facets").isNotEmpty();
        noErrorBanner();
        screenshot("search");

        // The map: the world outline, event points, a country chosen among those present, a tooltip on hover.
        driver.findElement(By.cssSelector("nav a[data-nav=map]")).click();
        waitFor(() -> driver.findElements(By.cssSelector("svg.map g.pt")).size() > 0, "event points on the map");
        int allPoints = driver.findElements(By.cssSelector("svg.map g.pt")).size();
        List<WebElement> countries = driver.findElements(By.cssSelector("#f-country option:not([value=''])"));
        assertThat(countries).as("countries to filter by").isNotEmpty();
        String country = countries.get(0).getAttribute("value");
        countries.get(0).click();
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().contains("#/map?country=" + country) && settled()
                && driver.findElements(By.cssSelector("svg.map g.pt")).size() > 0, "map of country " + country);
        assertThat(driver.findElements(By.cssSelector("svg.map g.pt")).size()).isLessThanOrEqualTo(allPoints);
        assertThat(driver.findElement(By.id("f-country")).getAttribute("value")).isEqualTo(country);
        assertThat(driver.findElements(By.cssSelector("svg.map path.country")).size()).as("countries drawn").isGreaterThan(150);
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("svg.map g.pt"))).perform();
        waitFor(() -> driver.findElement(By.cssSelector(".maptip")).isDisplayed(), "map tooltip");
        noErrorBanner();
        screenshot("map");

        // The timeline, filtered to attacks.
        driver.findElement(By.cssSelector("nav a[data-nav=timeline]")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("ol.tl li")).isEmpty(), "timeline entries");
        assertThat(driver.findElement(By.cssSelector(".timeline")).getText()).contains("2026");
        driver.get(base + "#/timeline?type=attack");
        waitFor(() -> driver.getCurrentUrl().contains("type=attack") && settled() && !driver.findElements(By.cssSelector("ol.tl li")).isEmpty()
                && driver.findElements(By.cssSelector("ol.tl li .badge.ev")).stream().allMatch(b -> b.getText().startsWith("attack")), "attacks only");
        // The entity box suggests names as one types; the pick goes into the URL with the type kept.
        WebElement box = driver.findElement(By.id("f-entity"));
        box.sendKeys("Alekse");
        waitFor(() -> !driver.findElements(By.cssSelector("#f-entity-list li[role=option]")).isEmpty()
                && driver.findElement(By.id("f-entity-list")).isDisplayed(), "entity suggestions");
        assertThat(driver.findElement(By.id("f-entity-list")).getText()).contains("Alekseyev");
        screenshot("timeline-entity-suggestions");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(box.getAttribute("value")).contains("Alekseyev");
        box.sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("entity=e") && driver.getCurrentUrl().contains("type=attack") && settled(),
                "timeline of attacks filtered by entity");
        assertThat(driver.findElement(By.id("f-entity")).getAttribute("value")).contains("Alekseyev");
        // An outlet on top: every event left is reported by it.
        driver.findElement(By.id("f-outlet")).sendKeys("News.Az", Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("outlet=News.Az") && driver.getCurrentUrl().contains("entity=e") && settled()
                && !driver.findElements(By.cssSelector("ol.tl li")).isEmpty(), "timeline filtered by outlet too");
        assertThat(driver.findElements(By.cssSelector(".timeline ol.tl li"))).allSatisfy(li ->
                assertThat(li.findElement(By.cssSelector(".chips")).getText()).contains("News.Az"));
        noErrorBanner();

        // The undated events, folded under the dated ones with their count; opened, they load with the same filters.
        driver.get(base + "#/timeline");
        waitFor(() -> settled() && !driver.findElements(By.cssSelector(".timeline ol.tl li")).isEmpty(), "whole timeline");
        WebElement undated = driver.findElement(By.cssSelector("details.undated"));
        assertThat(undated.getAttribute("open")).as("undated section folded").isNull();
        assertThat(undated.findElement(By.tagName("summary")).getText()).containsPattern("(?i)undated \\d+ events?");
        undated.findElement(By.tagName("summary")).click();
        waitFor(() -> !driver.findElements(By.cssSelector("details.undated[open] ol.tl li")).isEmpty(), "undated events");
        assertThat(driver.findElements(By.cssSelector("details.undated ol.tl li .date.unknown"))).as("undated events say so").isNotEmpty();
        noErrorBanner();
        screenshot("timeline");

        // An event page: its articles by title and outlet.
        driver.findElement(By.cssSelector(".timeline ol.tl li a.ttitle")).click();
        waitFor(() -> driver.getCurrentUrl().contains("#/event/") && settled() && !driver.findElements(By.cssSelector("ul.evarticles li")).isEmpty(), "event page");
        assertThat(driver.findElements(By.cssSelector("ul.evarticles li .chip.outlet"))).as("outlets of the event's articles").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("ul.evarticles li > a")).stream().map(WebElement::getText))
                .allSatisfy(t -> assertThat(t).isNotBlank().doesNotStartWith("Article "));
        noErrorBanner();
        screenshot("event");

        // The upload page. A wrong token: a page dropped on the drop zone is refused, the API's message in the banner.
        driver.findElement(By.cssSelector("nav a[data-nav=upload]")).click();
        waitFor(() -> !driver.findElements(By.cssSelector(".dropzone")).isEmpty() && !driver.findElements(By.cssSelector("ol.jobs")).isEmpty()
                && settled(), "upload page");
        WebElement token = driver.findElement(By.id("token"));
        token.clear();
        token.sendKeys("not-the-token-at-all");
        driver.executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File(['<html><body><p>dropped</p></body></html>'], 'dropped.html', { type: 'text/html' }));
                const zone = document.querySelector('.dropzone');
                for (const type of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
                }""");
        waitFor(() -> driver.findElement(By.id("error")).isDisplayed(), "error banner for the wrong token");
        assertThat(driver.findElement(By.id("error")).getText()).contains("401").contains("the ingest token is wrong");
        screenshot("upload-wrong-token");

        // The right token, a news page chosen through the file input: a job with a progress bar that ends done.
        Path page = tmp.resolve("porto-tram-depot-fire.html");
        Files.writeString(page, NEWS_PAGE);
        token.clear();
        token.sendKeys(TOKEN);
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(page.toAbsolutePath().toString());
        waitFor(() -> driver.findElements(By.cssSelector("ol.jobs li.job")).stream().anyMatch(j -> j.getText().contains("porto-tram-depot-fire.html")),
                "the upload job listed");
        assertThat(driver.findElement(By.id("error")).isDisplayed()).as("banner cleared once accepted").isFalse();
        assertThat(driver.findElements(By.cssSelector("ol.jobs li.job progress"))).as("progress bar").isNotEmpty();
        screenshot("upload-running");
        waitFor(Duration.ofSeconds(60), () -> driver.findElement(By.cssSelector("ol.jobs li.job")).getAttribute("class").contains("done"),
                "the upload job done");
        WebElement job = driver.findElement(By.cssSelector("ol.jobs li.job"));
        assertThat(job.getText()).contains("done").contains("1 added").contains("0 failed");
        assertThat(job.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        waitFor(() -> driver.findElement(By.id("corpus")).getText().startsWith("4 stories"), "header counts updated");
        noErrorBanner();
        screenshot("upload-done");

        // The story list has grown by the new story; it opens with the uploaded article.
        driver.findElement(By.cssSelector("nav a[data-nav=stories]")).click();
        waitFor(() -> driver.findElements(By.cssSelector("ol.stories li.story")).size() == 4, "four stories listed");
        WebElement added = driver.findElements(By.cssSelector("li.story h2 a")).stream().filter(a -> a.getText().contains("Porto"))
                .findFirst().orElseThrow(() -> new AssertionError("no Porto story in " + driver.findElement(By.cssSelector("ol.stories")).getText()));
        screenshot("stories-after-upload");
        added.click();
        waitFor(() -> driver.getCurrentUrl().contains("#/story/") && settled() && !driver.findElements(By.cssSelector("details.article .text p")).isEmpty(),
                "the new story");
        assertThat(driver.findElement(By.cssSelector("details.article .text")).getText()).contains("tram depot");
        noErrorBanner();
        screenshot("new-story");

        assertThat(severeBrowserLogs()).as("errors in the browser console").isEmpty();
    }

    private void startBrowser() throws IOException {
        SELENIUM.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--no-pings",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
                "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    }

    /** Polls until the condition holds, or fails naming it (with the page's error banner, if shown). */
    private void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        waitFor(WAIT, condition, what);
    }

    private void waitFor(Duration wait, Supplier<Boolean> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
                last = null;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + " at " + driver.getCurrentUrl() + banner(), last);
    }

    /** Whether the page has finished rendering its route (main is not busy). */
    private boolean settled() {
        return "false".equals(driver.findElement(By.id("main")).getAttribute("aria-busy"));
    }

    private String banner() {
        List<WebElement> error = driver.findElements(By.id("error"));
        return !error.isEmpty() && error.get(0).isDisplayed() ? "; error banner: " + error.get(0).getText() : "";
    }

    private void noErrorBanner() {
        assertThat(driver.findElement(By.id("error")).isDisplayed()).as("error banner%s", banner()).isFalse();
    }

    /** Saves the whole page as target/screenshots/NN-name.png (the window grows to the page's height first). */
    private void screenshot(String name) throws IOException {
        JavascriptExecutor js = driver;
        long height = ((Number) js.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height + 140, 1000), 3200)));
        try {
            File png = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private List<String> severeBrowserLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // The refused upload with the wrong token is part of the scenario.
                .filter(e -> !(e.getMessage().contains("/api/ingest/upload") && e.getMessage().contains("401")))
                .map(LogEntry::toString).toList();
    }

    /** Runs a command with its standard output and error silenced. */
    private static int quietly(Supplier<Integer> command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(sink);
        System.setErr(sink);
        try {
            return command.get();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
