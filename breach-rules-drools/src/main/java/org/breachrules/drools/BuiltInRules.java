package org.breachrules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DRL files shipped in this jar, one per regulatory concern, in the order a reader should meet them. */
public final class BuiltInRules {

    /** Where the DRL files live on the class path (the DRL package {@code org.breachrules.rules}). */
    public static final String RESOURCE_FOLDER = "org/breachrules/rules/";

    /** The built-in files. A test checks this list against the folder. */
    public static final List<String> FILES = List.of(
            "policy.drl",
            "scope.drl",
            "safe-harbor.drl",
            "exceptions.drl",
            "election.drl",
            "risk-assessment.drl",
            "outcome.drl",
            "discovery.drl",
            "notification-individuals.drl",
            "notification-hhs.drl",
            "notification-media.drl",
            "notification-business-associate.drl",
            "law-enforcement-delay.drl",
            "notices-sent.drl",
            "notification-status.drl",
            "missing-facts.drl",
            "state-law.drl",
            "documentation.drl",
            "response-actions.drl");

    private BuiltInRules() {
    }

    /** File name to DRL text of every built-in file, in {@link #FILES} order. */
    public static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        ClassLoader loader = BuiltInRules.class.getClassLoader();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("built-in rule file missing from the class path: " + file);
                }
                sources.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in rule file " + file, e);
            }
        }
        return sources;
    }
}
