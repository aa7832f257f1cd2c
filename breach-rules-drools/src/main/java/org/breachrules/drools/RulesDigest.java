package org.breachrules.drools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The {@code rulesVersion} of a rule set: a SHA-256 digest over the names and texts of the DRL sources loaded. */
final class RulesDigest {
    private RulesDigest() {
    }

    /**
     * @param prefix  {@code builtin} or {@code tuned}, so a record shows at a glance which kind produced it
     * @param sources file name to DRL text
     */
    static String of(String prefix, Map<String, String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                // Line endings do not change the rules: a checkout on Windows digests the same.
                sha.update(e.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + ":sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
