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

    @Test
    void whenABreachHasOnlyDutiesToSettle_thenTheIndexListsItFirstAsTheRegisterDoes_andANonBreachLast() {
        // Sample 04 is not a breach; 12 is DUE on 2026-12-01; 15 has a media duty UNDETERMINED (no state breakdown).
        String html = html(samples().resolve("04-stolen-laptop-encrypted.json").toString(),
                samples().resolve("12-multi-state-media.json").toString(),
                samples().resolve("15-no-state-breakdown-territory-system.json").toString());
        String index = html.substring(html.indexOf("<section class=\"index\""), html.indexOf("</section>"));

        assertTrue(index.indexOf("ISH-SEC-2026-031") < index.indexOf("TCIP-2026-CLOUD-01"), "to settle first");
        assertTrue(index.indexOf("TCIP-2026-CLOUD-01") < index.indexOf("GPO-2026-07"), "a non-breach last");
        assertTrue(index.contains("UNDETERMINED</span> MEDIA by 2026-12-04 <span class=\"muted\">(To settle"), index);
    }

    @Test
    void whenABreachHasStateDuties_thenTheIndexCountsThemWithTheFederalOnes() {
        // Sample 03: 3 federal notifications and 4 state entries (NJ, ...).
        String json = BreachRulesCliAccess.run("evaluate", "--as-of", AS_OF,
                samples().resolve("03-lost-laptop-unencrypted.json").toString()).out();
        int federal = count(json.substring(json.indexOf("\"notifications\""), json.indexOf("\"findings\"")),
                "\"recipient\"");
        int state = count(json.substring(json.indexOf("\"stateObligations\"")), "\"recipientName\"");
        assertTrue(state > 0, "the sample has state duties");

        String html = html(samples().resolve("03-lost-laptop-unencrypted.json").toString());

        assertTrue(html.contains("<td>" + (federal + state) + "</td></tr>"), "index counts " + federal + " + " + state);
    }

    @Test
    void whenNoticesGoOutInWavesByTheBusinessAssociate_thenTheReportSaysSoBesideTheTable() {
        String html = html(samples().resolve("19-notices-in-waves-by-business-associate.json").toString());

        assertTrue(html.contains("INDIVIDUALS: 18400 individual(s) notified so far"), "notifiedSoFar shown");
        assertTrue(html.contains("sent by the business associate under the agreement"), "performedBy shown");
    }

    @Test
    void whenWhatIfIsAskedForInHtml_thenTheSectionIsThere_andOnlyThen() {
        String sample = samples().resolve("15-no-state-breakdown-territory-system.json").toString();
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", AS_OF, "--format", "html",
                "--what-if", sample);
        assertEquals(0, r.exit(), r.err());

        assertTrue(r.out().contains("<h3>What could still change the answer</h3>"), "what-if section");
        assertTrue(r.out().contains("[open fact: affected.byJurisdiction]") || r.out().contains("<ul class=\"what-if\"><li>"),
                "its entries");
        assertFalse(html(sample).contains("What could still change the answer"), "not without --what-if");
    }

    @Test
    void whenSubstituteNoticeAndUrgentPhoneApply_thenTheyAreInWords() {
        String html = html(samples().resolve("12-multi-state-media.json").toString());

        assertTrue(html.contains("<th>Urgent phone</th>"));
        assertTrue(html.contains("web posting or major media 90d + toll-free number 90d (230 individuals)"), "words");
        assertFalse(html.contains("CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA"), "no enum name");
    }
}
