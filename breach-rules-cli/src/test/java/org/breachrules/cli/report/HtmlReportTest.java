package org.breachrules.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluate --format html}: one self-contained file, every value escaped, every obligation in the table and on
 * the timeline, goldens for two samples, and checked in a real browser (headless Chromium) when one is installed.
 */
class HtmlReportTest {
    private static final String AS_OF = "2026-11-20";

    private static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    private static String html(String... files) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--as-of", AS_OF, "--format", "html"));
        args.addAll(List.of(files));
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void whenAnIncidentIdIsAScript_thenItRendersAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evil.json");
        Files.writeString(file, "{\"id\": \"<script>alert(1)</script>\", \"reporter\": {\"role\": \"COVERED_ENTITY\","
                + " \"name\": \"<img src=x onerror=alert(2)>\"}, \"discoveredOn\": \"2026-06-01\", \"phiInvolved\": true,"
                + " \"permittedByPrivacyRule\": false, \"affected\": {\"total\": 3}}");
        String html = html(file.toString());
        assertFalse(html.contains("<script>alert(1)</script>"), "no live script");
        assertFalse(html.contains("<img src=x"), "no live markup from a value");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
        assertFalse(html.contains("<script"), "the report has no JavaScript at all");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no network reference");
    }

    @Test
    void whenEverySampleIsReported_thenEachObligationIsInTheTableAndOnTheTimeline() {
        String html = html(samples().resolve("01-ransomware-ehr-server.json").toString(),
                samples().resolve("12-multi-state-media.json").toString(),
                samples().resolve("06-misdirected-fax-low-probability.json").toString());
        assertEquals(3, count(html, "<section class=\"incident\""));
        assertEquals(count(html, "<tr class=\"obligation\">"), count(html, "<g class=\"deadline\""));
        assertEquals(3 + 6, count(html, "<tr class=\"obligation\">"), "ransomware 3, multi-state 6, fax 0");
        assertTrue(html.indexOf("CHH-IR-2026-0117") < html.indexOf("TCIP-2026-CLOUD-01"), "nearest deadline first");
        assertTrue(html.contains("@media print"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-multi-state-media", "09-business-associate-baa-window"})
    void whenAGoldenSampleIsReported_thenTheHtmlMatches(String sample) throws Exception {
        Path file = samples().resolve(sample + ".json");
        String html = html(file.toString()).replace(file.toString(), "samples/" + sample + ".json");
        Path golden = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"), "html", sample + ".html");
        String version = org.breachrules.drools.DroolsBreachDeterminer.builtIn().rulesVersion();
        html = html.replace(version, "RULES_VERSION").replaceAll("breach-rules [0-9][^ <\"]*", "breach-rules VERSION");
        if (org.breachrules.cli.GoldenUpdate.requested()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html);
    }

    /** Chromium renders every sample: the DOM holds the timeline and every obligation row, and it prints to PDF. */
    @Test
    void whenTheSamplesAreRenderedInHeadlessChromium_thenTheTimelineAndRowsAreThereAndItPrints(@TempDir Path dir)
            throws Exception {
        String browser = chromium();
        assumeTrue(browser != null, "headless Chromium is not installed (Debian package chromium; .ci/run installs"
                + " it): the browser check cannot run here");
        List<String> files = new ArrayList<>();
        try (var list = Files.list(samples())) {
            list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> files.add(p.toString()));
        }
        String html = html(files.toArray(String[]::new));
        Path page = dir.resolve("report.html");
        Files.writeString(page, html);
        String dom = run(browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.toUri().toString());
        assertEquals(files.size(), count(dom, "<section class=\"incident\""), "every incident rendered");
        assertEquals(count(html, "<tr class=\"obligation\">"), count(dom, "<tr class=\"obligation\">"));
        assertEquals(count(html, "<g class=\"deadline\""), count(dom, "<g class=\"deadline\""));
        Path pdf = dir.resolve("report.pdf");
        run(browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString());
        assertTrue(Files.size(pdf) > 10_000, "a PDF was printed");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the browser finished");
        return new String(out, StandardCharsets.UTF_8);
    }
}
