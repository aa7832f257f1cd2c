package org.breachrules.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;

/**
 * Checks an evidence folder: every file against its manifest, every manifest against the chain, every link to the
 * previous bundle, and each determination against a fresh run of the stored rules on the stored incident. Reports
 * each problem with the file it concerns; never prints incident content.
 */
public final class EvidenceVerifier {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean anyJava;
    private final List<String> problems = new ArrayList<>();
    private int bundles;
    private int incidents;

    /** Whether stored tuned rules may be run at all: they are code from wherever the bundle came from. */
    private final boolean runStoredRules;
    /** Bundles whose determination was not re-run, with why (tuned rules, not trusted to run). */
    private final List<String> notes = new ArrayList<>();

    /** @param anyJava whether stored tuned rules are trusted with any Java when they are re-run */
    public EvidenceVerifier(boolean anyJava) {
        this(anyJava, true);
    }

    /**
     * @param anyJava        whether stored tuned rules are trusted with any Java when they are re-run
     * @param runStoredRules whether stored tuned rules are re-run at all; when false only bundles of the built-in
     *                       rules are re-run, and every other one is a note saying so (its hashes and links are
     *                       still checked)
     */
    public EvidenceVerifier(boolean anyJava, boolean runStoredRules) {
        this.anyJava = anyJava;
        this.runStoredRules = runStoredRules;
    }

    /** One line per bundle whose determination was not re-run, with why. */
    public List<String> notes() {
        return notes;
    }

    public List<String> problems() {
        return problems;
    }

    public int bundles() {
        return bundles;
    }

    public int incidents() {
        return incidents;
    }

    /** Verifies every incident folder under {@code root}. */
    public void verify(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            problems.add(root + ": not an evidence folder (no such directory)");
            return;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            incidents++;
            incident(folder);
        }
        if (incidents == 0) {
            problems.add(root + ": holds no incident folder");
        }
    }

    private void incident(Path folder) throws IOException {
        Path chain = folder.resolve(Evidence.CHAIN);
        if (!Files.isRegularFile(chain)) {
            problems.add(chain + ": missing (the folder's chain of bundles)");
            return;
        }
        List<String> links = Files.readAllLines(chain, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .toList();
        Set<String> listed = new TreeSet<>();
        String previous = null;
        for (int i = 0; i < links.size(); i++) {
            String[] parts = links.get(i).split(" ");
            int number = i + 1;
            String expectedName = Evidence.bundle(number);
            if (parts.length != 2 || !parts[0].equals(String.valueOf(number))) {
                problems.add(chain + ": line " + number + " is not \"" + number + " SHA-256\"");
                previous = parts.length == 2 ? parts[1] : null;
                continue;
            }
            listed.add(expectedName);
            bundle(folder.resolve(expectedName), number, parts[1], previous);
            previous = parts[1];
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .filter(name -> !listed.contains(name))
                    .forEach(name -> problems.add(folder.resolve(name) + ": not in the chain"));
        }
    }

    private void bundle(Path dir, int number, String chainHash, String previous) throws IOException {
        bundles++;
        Path manifestFile = dir.resolve(Evidence.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            problems.add(dir + ": missing (bundle " + number + " of the chain)");
            return;
        }
        byte[] manifestBytes = Files.readAllBytes(manifestFile);
        if (!Evidence.sha256(manifestBytes).equals(chainHash)) {
            problems.add(manifestFile + ": SHA-256 differs from the chain (the manifest was changed)");
        }
        JsonNode manifest;
        try {
            manifest = MAPPER.readTree(manifestBytes);
        } catch (IOException e) {
            problems.add(manifestFile + ": not valid JSON");
            return;
        }
        if (!Evidence.FORMAT.equals(manifest.path("format").asText()) || manifest.path("bundle").asInt() != number) {
            problems.add(manifestFile + ": not bundle " + number + " of format " + Evidence.FORMAT);
        }
        String link = manifest.path("previousBundleSha256").isNull() ? null
                : manifest.path("previousBundleSha256").asText(null);
        if (previous == null ? link != null : !previous.equals(link)) {
            problems.add(manifestFile + ": previousBundleSha256 does not match the previous bundle's manifest"
                    + " (a bundle was removed or replaced)");
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.path("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // Compared in absolute, normalised form: "./ev" and "ev" are the same folder.
            Path base = dir.toAbsolutePath().normalize();
            Path file = base.resolve(e.getKey()).normalize();
            seen.add(e.getKey());
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                problems.add(dir.resolve(e.getKey()) + ": missing");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!Evidence.sha256(bytes).equals(e.getValue().asText())) {
                problems.add(file + ": SHA-256 differs from the manifest (the file was changed)");
            }
            if (e.getKey().startsWith(Evidence.RULES + "/")) {
                rules.put(e.getKey().substring(Evidence.RULES.length() + 1), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(Evidence.MANIFEST) && !seen.contains(name)).sorted()
                    .forEach(name -> problems.add(dir.resolve(name) + ": not in the manifest (a file was added)"));
        }
        rerun(dir, manifest, rules);
    }

    /** Runs the stored rules on the stored incident, as of the stored date, and compares with the stored answer. */
    private void rerun(Path dir, JsonNode manifest, Map<String, String> rules) {
        Path incidentFile = dir.resolve(Evidence.INCIDENT);
        Path determinationFile = dir.resolve(Evidence.DETERMINATION);
        if (rules.isEmpty()) {
            problems.add(dir.resolve(Evidence.RULES) + ": no rule file in the manifest (every bundle stores the rules"
                    + " it ran): the determination cannot be re-run, the bundle is broken");
            return;
        }
        if (!Files.isRegularFile(incidentFile) || !Files.isRegularFile(determinationFile)) {
            return; // already reported as missing
        }
        if (!runStoredRules && !rules.equals(org.breachrules.drools.BuiltInRules.sources())) {
            notes.add(dir + ": not re-run: the stored rules are tuned (" + manifest.path("rulesVersion").asText()
                    + "), code from wherever the bundle came from; --run-stored-rules runs them (only for bundles you"
                    + " trust)");
            return;
        }
        try {
            LocalDate asOf = LocalDate.parse(manifest.path("evaluatedOn").asText());
            ReadResult read = new IncidentReader().read(Files.readString(incidentFile), asOf);
            if (!read.ok()) {
                problems.add(incidentFile + ": no longer a valid incident (" + read.violations().size()
                        + " problem(s))");
                return;
            }
            Incident incident = read.incidents().get(0);
            DroolsBreachDeterminer determiner = DroolsBreachDeterminer.fromSources(rules, anyJava);
            if (!determiner.rulesVersion().equals(manifest.path("rulesVersion").asText())) {
                problems.add(dir.resolve(Evidence.RULES) + ": the stored rules are not " + manifest.path(
                        "rulesVersion").asText() + " (they digest to " + determiner.rulesVersion() + ")");
            }
            Determination again = determiner.determine(incident, asOf);
            if (!DeterminationWriter.pretty().write(again).equals(Files.readString(determinationFile))) {
                problems.add(determinationFile + ": differs from a fresh run of the stored rules on the stored"
                        + " incident as of " + asOf);
            }
            if (!again.retainDocumentationUntil().toString().equals(manifest.path("retainUntil").asText())) {
                problems.add(dir.resolve(Evidence.MANIFEST) + ": retainUntil is not the determination's");
            }
        } catch (RuntimeException | IOException e) {
            problems.add(dir + ": cannot be re-run (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }
}
