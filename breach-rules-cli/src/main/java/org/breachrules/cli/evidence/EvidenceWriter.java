package org.breachrules.cli.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentWriter;

/** Appends one evidence bundle per incident evaluated (see {@link Evidence}). */
public final class EvidenceWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path root;
    private final Map<String, String> ruleSources;
    private final String toolVersion;

    /**
     * @param root        the evidence folder (created when missing)
     * @param ruleSources the exact rule files that produce the determinations (file name to text)
     * @param toolVersion the tool's version
     */
    public EvidenceWriter(Path root, Map<String, String> ruleSources, String toolVersion) {
        this.root = root;
        this.ruleSources = ruleSources;
        this.toolVersion = toolVersion;
    }

    /** Writes the next bundle of the incident's chain; returns its folder. */
    public Path write(Incident incident, Determination determination) throws IOException {
        // What-ifs are an analysis of the answer, not part of it: the bundle keeps the determination itself.
        Determination d = determination.whatIf() == null ? determination : new Determination(
                determination.incidentId(), determination.breach(), determination.basis(),
                determination.clockStartedOn(), determination.riskAssessment(), determination.notifications(),
                determination.findings(), determination.actions(), determination.missingFacts(),
                determination.retainDocumentationUntil(), determination.evaluatedOn(), determination.rulesVersion());
        Path dir = root.resolve(Evidence.folder(incident.id()));
        Files.createDirectories(dir);
        // Two runs writing the same incident's chain at once would both take the same bundle number: one writer at a
        // time, in this JVM (the monitor) and across processes (a lock on a file beside the chain).
        synchronized (EvidenceWriter.class) {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve(LOCK),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 java.nio.channels.FileLock lock = channel.lock()) {
                return writeLocked(dir, d, incident);
            }
        }
    }

    /** The lock file of an incident's folder (not part of any bundle). */
    static final String LOCK = ".lock";

    private Path writeLocked(Path dir, Determination d, Incident incident) throws IOException {
        Path chain = dir.resolve(Evidence.CHAIN);
        List<String> links = Files.exists(chain) ? Files.readAllLines(chain, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
        int number = links.size() + 1;
        String previous = links.isEmpty() ? null : links.get(links.size() - 1).split(" ")[1];
        Path bundle = dir.resolve(Evidence.bundle(number));
        Files.createDirectories(bundle.resolve(Evidence.RULES));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(Evidence.INCIDENT, write(bundle.resolve(Evidence.INCIDENT), IncidentWriter.pretty().write(incident)));
        files.put(Evidence.DETERMINATION, write(bundle.resolve(Evidence.DETERMINATION),
                DeterminationWriter.pretty().write(d)));
        for (Map.Entry<String, String> source : ruleSources.entrySet()) {
            files.put(Evidence.RULES + "/" + source.getKey(), write(bundle.resolve(Evidence.RULES)
                    .resolve(source.getKey()), source.getValue()));
        }
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put("format", Evidence.FORMAT);
        manifest.put("incidentId", d.incidentId());
        manifest.put("bundle", number);
        manifest.put("toolVersion", toolVersion);
        manifest.put("rulesVersion", d.rulesVersion());
        manifest.put("evaluatedOn", d.evaluatedOn().toString());
        manifest.put("retainUntil", d.retainDocumentationUntil().toString());
        manifest.put("previousBundleSha256", previous);
        ObjectNode hashes = manifest.putObject("files");
        files.forEach(hashes::put);
        String manifestText = MAPPER.writeValueAsString(manifest) + "\n";
        String manifestHash = write(bundle.resolve(Evidence.MANIFEST), manifestText);
        Files.writeString(chain, number + " " + manifestHash + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return bundle;
    }

    private static String write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return Evidence.sha256(bytes);
    }
}
