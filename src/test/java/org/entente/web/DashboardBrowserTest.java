package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.entente.graph.ArticleNode;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.EntityNode;
import org.entente.graph.FactNode;
import org.entente.graph.GraphWriter;
import org.entente.ingest.SearchText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), on a small graph written
 * through {@link GraphWriter}: search in Arabic, draw a neighborhood, read an edge's evidence, run a library query,
 * ingest an article, and no errors in the browser console along the way.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String PACT_SENTENCE = "وقّعت روسيا وكوريا الشمالية معاهدة دفاع مشترك خلال زيارة بوتين إلى بيونغ يانغ.";
    static final String PACT_TRIGGER = "معاهدة دفاع مشترك";

    static WebDriver browser;
    static Path profile;
    static boolean graphWritten;

    @TestHTTPResource("/")
    URL root;

    @Inject
    GraphWriter writer;

    @Inject
    Driver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
        profile = Files.createTempDirectory("entente-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        EmbeddedGraphResource.deleteTree(profile);
    }

    @BeforeEach
    void testGraph() {
        if (graphWritten) {
            return;
        }
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n").execute();
        var rus = entity("RUS", "State", "Russia", "Europe", "روسيا", "Russie");
        var prk = entity("PRK", "State", "North Korea", "Asia", "كوريا الشمالية", "Corée du Nord");
        var chn = entity("CHN", "State", "China", "Asia", "الصين", "Chine");
        var blr = entity("BLR", "State", "Belarus", "Europe", "بيلاروسيا", "Biélorussie");
        var ukr = entity("UKR", "State", "Ukraine", "Europe", "أوكرانيا", "Ukraine");
        var usa = entity("USA", "State", "United States", "Americas", "الولايات المتحدة", "États-Unis");
        var putin = entity("Vladimir Putin", "Person", "Vladimir Putin", null, "فلاديمير بوتين", "Vladimir Poutine");
        var csto = entity("CSTO", "Organization", "CSTO", null, "منظمة معاهدة الأمن الجماعي", "OTSC");
        writer.writeArticles(List.of(
                new ArticleNode("web-ar", "https://example.test/ar/pact", "بوتين في بيونغ يانغ", "ar", "2024-06-20",
                        "test", "h-ar", PACT_SENTENCE, List.of(rus, prk, putin), List.of(
                                fact("w1", "DEFENSE_PACT", "PRK", "RUS", "2024-06-19", "2024-06-20", PACT_SENTENCE,
                                        PACT_TRIGGER, null),
                                fact("w2", "HOLDS_OFFICE", "Vladimir Putin", "RUS", null, "2024-06-20",
                                        PACT_SENTENCE, "بوتين", "head_of_state"))),
                new ArticleNode("web-en", "https://example.test/en/strikes", "Strikes and sanctions", "en",
                        "2025-01-15", "test", "h-en", "…", List.of(rus, ukr, usa), List.of(
                                fact("w3", "ATTACK", "RUS", "UKR", "2025-01-14", "2025-01-15",
                                        "Russia launched another wave of missile strikes on Ukrainian cities.",
                                        "missile strikes", null),
                                fact("w4", "SANCTION", "USA", "RUS", "2025-01", "2025-01-15",
                                        "Washington imposed fresh sanctions on Russian banks.", "imposed fresh sanctions",
                                        null))),
                new ArticleNode("web-fr", "https://example.test/fr/allies", "Minsk et Pékin aux côtés de Moscou", "fr",
                        "2024-09-02", "test", "h-fr", "…", List.of(rus, blr, chn, csto), List.of(
                                fact("w5", "ALLIANCE", "BLR", "RUS", "1999", "2024-09-02",
                                        "La Biélorussie reste l'alliée la plus proche de la Russie.", "alliée", null),
                                fact("w6", "PARTNERSHIP", "CHN", "RUS", "2019", "2024-09-02",
                                        "Pékin et Moscou ont réaffirmé leur partenariat stratégique.",
                                        "partenariat stratégique", null),
                                fact("w7", "MEMBER_OF", "RUS", "CSTO", "1992", "2024-09-02",
                                        "La Russie, membre de l'OTSC, a convoqué ses partenaires.", "membre", null)))));
        graphWritten = true;
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    static EntityNode entity(String id, String kind, String en, String region, String ar, String fr) {
        Map<String, List<String>> names = Map.of("en", List.of(en), "ar", List.of(ar), "fr", List.of(fr));
        List<String> search = List.of(SearchText.fold(id), SearchText.fold(en), SearchText.fold(ar),
                SearchText.fold(fr)).stream().distinct().toList();
        return new EntityNode(id, kind, en, names, search, region, true);
    }

    static FactNode fact(String id, String type, String s, String o, String date, String seen, String sentence,
            String trigger, String role) {
        return new FactNode(id, type, s, o, "active", date, null, seen, 0.9, sentence, 0, sentence.length(), trigger,
                role, null, null, null, Map.of());
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    void open(String fragment) {
        browser.get(root.toString() + fragment);
        waiting().until(b -> js("return Boolean(window.entente && window.entente.cy && window.entente.lastLoad)")
                .equals(Boolean.TRUE));
    }

    @Test
    @Order(1)
    void shouldDrawTheNeighborhoodOfAnEntityFoundInArabicAndShowTheEvidenceOfAnEdge() throws IOException {
        open("");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("روسيا");
        waiting().until(b -> b.findElements(By.cssSelector("#suggestions .suggestion")).stream()
                .anyMatch(s -> s.getText().contains("RUS")));
        assertThat(browser.findElement(By.cssSelector("#suggestions .suggestion")).getText())
                .as("Russia is the first suggestion").contains("Russia").contains("RUS");
        search.sendKeys(Keys.ENTER);

        waiting().until(b -> "RUS".equals(js("return window.entente.lastLoad.focus")));
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js("return window.entente.cy.nodes().map(n => n.id())");
        assertThat(ids).containsExactlyInAnyOrder("RUS", "PRK", "UKR", "USA", "BLR", "CHN", "Vladimir Putin", "CSTO");
        assertThat(((Number) js("return window.entente.cy.edges().length")).intValue()).isEqualTo(7);
        assertThat(browser.findElement(By.id("graph-title")).getText()).contains("Russia").contains("8 nodes");
        waiting().until(b -> b.findElement(By.id("details")).getText().contains("روسيا"));

        // a real click in the middle of the defence-pact edge
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js("""
                const cy = window.entente.cy;
                const edge = cy.edges('[type = "DEFENSE_PACT"]')[0];
                const mid = edge.renderedMidpoint();
                const box = cy.container().getBoundingClientRect();
                return {x: mid.x - box.width / 2, y: mid.y - box.height / 2};""");
        new Actions(browser).moveToElement(browser.findElement(By.id("cy")), ((Number) at.get("x")).intValue(),
                ((Number) at.get("y")).intValue()).click().perform();

        WebElement evidence = waiting().until(b -> b.findElements(By.cssSelector("#details .evidence")).stream()
                .findFirst().orElse(null));
        assertThat(evidence.getText()).isEqualTo(PACT_SENTENCE);
        assertThat(evidence.getAttribute("dir")).isEqualTo("auto");
        assertThat(evidence.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo(PACT_TRIGGER);
        assertThat(browser.findElement(By.cssSelector("#details .origin a")).getText())
                .isEqualTo("بوتين في بيونغ يانغ");
        assertThat(browser.findElement(By.cssSelector("#details .edge-title")).getText())
                .contains("North Korea").contains("Russia");

        // refresh the README picture with -Dentente.screenshot=docs/screenshot.png; by default it stays in target/
        screenshot(Path.of(System.getProperty("entente.screenshot", "target/screenshot.png")));
    }

    @Test
    @Order(2)
    void shouldRunALibraryQueryAndShowATable() {
        open("#/entity/RUS");
        browser.findElement(By.id("tab-cypher")).click();
        WebElement first = waiting().until(b -> b.findElements(By.cssSelector(".library-item")).stream()
                .findFirst().orElse(null));
        first.click();
        waiting().until(b -> !b.findElements(By.cssSelector("#cypher-table table.results th")).isEmpty()
                || b.findElement(By.id("cypher-error")).isDisplayed());
        assertThat(browser.findElement(By.id("cypher-error")).isDisplayed()).as("no error shown").isFalse();
        assertThat(browser.findElements(By.cssSelector("#cypher-table table.results th"))).isNotEmpty();
        assertThat(browser.findElement(By.id("cypher-meta")).getText()).contains("row");
    }

    @Test
    @Order(3)
    void shouldRunCypherFromTheEditorAsATableAndAGraph() {
        open("");
        browser.findElement(By.id("tab-cypher")).click();
        WebElement editor = browser.findElement(By.id("cypher-query"));
        editor.sendKeys("MATCH (a:State {id: 'RUS'})-[r]-(b:State) RETURN a, r, b");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(b -> b.findElements(By.cssSelector("#cypher-table tbody tr")).size() >= 5);
        browser.findElement(By.cssSelector("#result-switch .seg[data-result='graph']")).click();
        waiting().until(b -> js("return window.entente.cypherCy ? window.entente.cypherCy.nodes().length : 0")
                instanceof Number n && n.intValue() == 6);
    }

    @Test
    @Order(4)
    void shouldExtractAPastedArticleShowItsFactsAndSaveThem() {
        open("");
        browser.findElement(By.id("tab-ingest")).click();
        browser.findElement(By.id("ingest-text")).sendKeys(
                "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday.");
        js("document.getElementById('ingest-published').value = '2025-03-05'");
        browser.findElement(By.id("ingest-extract")).click();

        List<WebElement> facts = waiting().until(b -> {
            List<WebElement> items = b.findElements(By.cssSelector("#ingest-facts li.fact"));
            return items.isEmpty() ? null : items;
        });
        assertThat(facts.get(0).getText()).contains("North Korea").contains("Russia");
        assertThat(facts.get(0).findElements(By.cssSelector("mark.trigger"))).isNotEmpty();

        browser.findElement(By.id("ingest-save")).click();
        WebElement show = waiting().until(b -> b.findElements(By.id("ingest-show")).stream().findFirst()
                .orElse(null));
        assertThat(browser.findElement(By.id("ingest-saved")).getText()).contains("Saved");
        show.click();
        waiting().until(b -> b.findElement(By.id("view-graph")).isDisplayed()
                && js("return window.entente.lastLoad.focus") != null);
        assertThat(((Number) js("return window.entente.cy.nodes().length")).intValue()).isGreaterThan(1);
    }

    void screenshot(Path target) throws IOException {
        // let the layout settle and the details panel render before the picture
        waiting().until(b -> b.findElements(By.cssSelector("#details .details-loading")).isEmpty());
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, png);
    }
}
