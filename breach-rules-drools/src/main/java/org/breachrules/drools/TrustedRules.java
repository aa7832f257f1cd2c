package org.breachrules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.breachrules.api.RuleProblem;

/**
 * The allow-list a tuned DRL file is held to unless the host trusts the folder with any Java: a rule may use the
 * API and fact classes, {@code java.time} and {@code java.util}, and nothing that reaches outside the evaluation
 * (files, network, processes, threads, reflection, {@code System}), and no loop (a rule that never ends would hang
 * every evaluation). A DRL file is code: this keeps a policy file from doing what a policy file should not, and says
 * where, with file and line. It is a guard for honest mistakes and a review aid, not a sandbox against a hostile
 * author: a rules folder must come from people the organisation trusts.
 */
final class TrustedRules {
    private static final List<String> ALLOWED_IMPORTS = List.of("org.breachrules.api.", "org.breachrules.drools.facts.",
            "java.time.", "java.util.", "java.lang.Math", "java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean",
            // The state-law data's values and business-day arithmetic; not its loader (StateLaws reads files).
            "org.breachrules.states.BusinessDays", "org.breachrules.states.HipaaClause",
            "org.breachrules.states.Ordering", "org.breachrules.states.DayKind", "org.breachrules.states.StateDuty",
            "org.breachrules.states.StateLawVersion", "org.breachrules.states.Threshold",
            "org.breachrules.states.Deadline", "org.breachrules.states.Timing");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.$*]+)");
    /** A fully qualified name outside the allowed packages, written inline. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:java|javax|jdk|sun|com|net|org)\\.[\\w.]+)");
    /** java.lang types and calls that reach outside the evaluation, and loops. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|Thread|ThreadGroup|Process|"
            + "ProcessBuilder|ProcessHandle|ClassLoader|Class|SecurityManager|StackWalker|ModuleLayer|getClass|forName|"
            + "exit|halt|exec|while|for|do)\\b(?!\\s*:)");
    private static final Pattern RULE_NAME_OR_ATTRIBUTE = Pattern.compile("(?m)^\\s*(rule|query)\\s");

    private TrustedRules() {
    }

    /** Every use outside the allow-list in the tuned files, with file and line; empty when there is none. */
    static List<RuleProblem> check(Map<String, String> tunedFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        tunedFiles.forEach((file, text) -> check(file, text, problems));
        return problems;
    }

    private static void check(String file, String text, List<RuleProblem> problems) {
        String code = codeOnly(text);
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                problems.add(problem(file, code, imports.start(1), "imports " + name + ", outside what tuned rules"
                        + " may use (org.breachrules.api, org.breachrules.drools.facts, the state-law values, java.time, java.util)"));
            }
        }
        String body = IMPORT.matcher(code).replaceAll(m -> " ".repeat(m.group().length()));
        body = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+").matcher(body).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher qualified = QUALIFIED.matcher(body);
        while (qualified.find()) {
            String name = qualified.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                problems.add(problem(file, code, qualified.start(1), "uses " + name + ", outside what tuned rules"
                        + " may use (org.breachrules.api, org.breachrules.drools.facts, the state-law values, java.time, java.util)"));
            }
        }
        Matcher forbidden = FORBIDDEN.matcher(body);
        while (forbidden.find()) {
            String word = forbidden.group(1);
            String why = switch (word) {
                case "while", "for", "do" -> "has a loop (\"" + word + "\"): a rule that never ends would hang every"
                        + " evaluation; write one rule per case instead";
                default -> "uses " + word + ", which reaches outside the evaluation (processes, threads, reflection,"
                        + " the JVM itself)";
            };
            problems.add(problem(file, code, forbidden.start(1), why));
        }
    }

    private static RuleProblem problem(String file, String code, int offset, String message) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return new RuleProblem(file, line, message + " (a folder trusted with any Java can allow it: see the"
                + " README, \"A rules folder is trusted code\")");
    }

    /** The text with comments, string literals and rule names blanked (newlines kept, so lines still count). */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, text, i, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                blank(out, text, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
