package org.breachrules.cli.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Evidence bundles: what an entity keeps to prove later what it decided and why (it carries the burden of proof,
 * 45 CFR 164.414(b), and keeps documentation six years, 164.530(j)). Layout, under the evidence folder:
 * <pre>
 * INCIDENT-FOLDER/chain                 one line per bundle: its number and the SHA-256 of its manifest (append-only)
 * INCIDENT-FOLDER/bundle-0001/incident.json, determination.json, rules/*.drl [, rules/policy.properties], manifest.json
 * </pre>
 * The manifest names each file with its SHA-256, the tool and rules versions, the evaluation and retention dates, and
 * the SHA-256 of the previous bundle's manifest, so re-evaluations as facts change form a chain: changing a byte of
 * any file, or removing a bundle from the middle, breaks it. Anchor the chain's last line somewhere else (a ticket,
 * a signed e-mail) to make the last bundle tamper-evident too. Nothing but the incident file's own content is stored.
 */
final class Evidence {
    static final String FORMAT = "breach-rules-evidence/1";
    static final String CHAIN = "chain";
    static final String MANIFEST = "manifest.json";
    static final String INCIDENT = "incident.json";
    static final String DETERMINATION = "determination.json";
    static final String RULES = "rules";

    private Evidence() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A folder name for an incident id: safe characters kept, the rest replaced, and a digest against collisions. */
    static String folder(String incidentId) {
        String safe = incidentId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe + "-" + sha256(incidentId).substring(0, 8);
    }

    static String bundle(int number) {
        return String.format(java.util.Locale.ROOT, "bundle-%04d", number);
    }
}
