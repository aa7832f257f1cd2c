package org.breachrules.cli.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.breachrules.api.BreachRulesException;

/**
 * The names each notice template may use: what {@link NoticeDrafts} gives it, and nothing else. A template that names
 * anything else would print an empty string where a fact belongs (Mustache's default for a missing name), so it is
 * refused when the templates are read, with its file and line. docs/reports-and-drafts.md lists the same names with
 * their meaning (a test keeps the two equal).
 */
final class TemplateVariables {
    private TemplateVariables() {
    }

    /** What every draft gets: the incident, the sender's placeholders, and its obligation's entry. */
    static final List<String> COMMON = List.of(
            // the incident and the entity
            "entity", "date", "incidentId", "discoveredOn", "occurredOn", "whatHappened", "phiTypes", "steps",
            "stepsInline", "whatWeAreDoing", "byState", "role",
            // what the sender fills in
            "salutation", "signatory", "tollFree", "email", "postalAddress", "website", "coveredEntity",
            // the HHS portal's answers (docs/hhs-portal-questions.md)
            "entityType", "address", "contact", "businessAssociate", "occurredUntil", "total", "individuals",
            "estimate", "breachType", "locations", "phiCategories", "description", "safeguards",
            "safeguardsRecorded", "actions",
            // the obligation's entry in the determination
            "deadline", "citation", "held", "heldUntil", "release", "overdue", "undetermined");

    /** What a template gets beyond {@link #COMMON}. */
    private static final Map<String, List<String>> EXTRA = Map.of(
            "individuals.mustache", List.of(),
            "next-of-kin.mustache", List.of("deceased", "kinAddress", "kinSteps"),
            "substitute-notice.mustache", List.of("postingDays", "tollFreeDays"),
            "substitute-notice-alternative.mustache", List.of(),
            "media.mustache", List.of("state", "residents"),
            "covered-entity.mustache", List.of(),
            "hhs-portal-worksheet.mustache", List.of("reportType", "affecting", "individualNoticeSentOn"));

    /** Every template's names, in {@link NoticeDrafts#TEMPLATES} order: made once, read on every draft. */
    private static final Map<String, Set<String>> BY_TEMPLATE = byTemplateOnce();

    private static Map<String, Set<String>> byTemplateOnce() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String template : NoticeDrafts.TEMPLATES) {
            Set<String> names = new TreeSet<>(COMMON);
            names.addAll(EXTRA.get(template));
            out.put(template, java.util.Collections.unmodifiableSet(names));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every template's names, in {@link NoticeDrafts#TEMPLATES} order. */
    static Map<String, Set<String>> byTemplate() {
        return BY_TEMPLATE;
    }

    /** The names {@code template} may use. */
    static Set<String> of(String template) {
        return BY_TEMPLATE.get(template);
    }

    /**
     * Refuses the first name a template (or a template it includes) uses that its draft does not give. Inside a
     * section over a list, {@code {{.}}} is the item; a dotted name is checked by its first part.
     *
     * @param template  the top-level template
     * @param variables the names read, by the file (path as the user gave it) they are in
     * @throws BreachRulesException naming the file, the line and the name
     */
    static void check(String template, Map<String, List<TemplateFolder.Variable>> variables) {
        Set<String> allowed = of(template);
        for (var file : variables.entrySet()) {
            for (TemplateFolder.Variable v : file.getValue()) {
                String name = v.name();
                String root = name.contains(".") && !name.equals(".") ? name.substring(0, name.indexOf('.')) : name;
                if (!name.equals(".") && !allowed.contains(root)) {
                    throw new BreachRulesException(file.getKey() + ": line " + v.line() + ": {{" + shown(name)
                            + "}} is not a variable of " + template + " (its variables are listed in"
                            + " docs/reports-and-drafts.md)");
                }
            }
        }
    }

    /** A name as the error shows it: a template is input, so a long or odd one is cut, never echoed whole. */
    private static String shown(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "..." : plain;
    }

    /**
     * Checks that a draft's model gives exactly the template's names: a name added to the code but not here (or
     * here but not in the code) is a programming error, caught by every test that drafts.
     */
    static void requireModel(String template, Set<String> modelKeys) {
        Set<String> declared = of(template);
        if (!declared.equals(modelKeys)) {
            Set<String> missing = new TreeSet<>(declared);
            missing.removeAll(modelKeys);
            Set<String> extra = new TreeSet<>(modelKeys);
            extra.removeAll(declared);
            throw new IllegalStateException(template + ": the draft's model and TemplateVariables differ: missing "
                    + missing + ", not declared " + extra);
        }
    }
}
