package org.breachrules.tuning;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.breachrules.api.RuleProblem;

/**
 * Turns the compiler's message about a misspelt name into one a compliance officer can act on: where the typo is
 * (line and column of the word itself, not of the rule) and what the allowed names are. An enum value that does
 * not exist ({@code PhiType.SNN}) lists the enum's values; a field a fact does not have ({@code phiTypez}) lists
 * the fact's fields. Any other message is kept as the compiler wrote it.
 */
final class Typo {
    /** "unable to resolve method using strict-mode: org.breachrules.api.PhiType.SNN()" */
    private static final Pattern UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private Typo() {
    }

    static RuleProblem explain(RuleProblem problem, String source) {
        Matcher m = UNRESOLVED.matcher(problem.message());
        if (!m.find()) {
            return problem;
        }
        Class<?> type;
        try {
            type = Class.forName(m.group(1), false, Typo.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return problem;
        }
        String name = m.group(2);
        String simple = type.getSimpleName();
        String written = type.isEnum() ? simple + "." + name : name;
        int[] where = locate(source, written, problem.line());
        String at = where == null ? "" : "column " + where[1] + ": ";
        int line = where == null ? problem.line() : where[0];
        String message;
        if (type.isEnum()) {
            message = at + simple + "." + name + " is not a " + simple + " value; allowed: " + Arrays.stream(
                    type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        } else {
            message = at + simple + " has no field \"" + name + "\"; its fields are: " + fields(type);
        }
        return new RuleProblem(problem.file(), line, message);
    }

    /** Line and column (1-based) of the word, searching from the reported line, else the whole file. */
    private static int[] locate(String source, String word, int fromLine) {
        if (source == null) {
            return null;
        }
        String[] lines = source.split("\n", -1);
        Pattern p = Pattern.compile("(?<![\\w.])" + Pattern.quote(word) + "(?!\\w)");
        for (int pass = 0; pass < 2; pass++) {
            int start = pass == 0 ? Math.max(0, fromLine - 1) : 0;
            for (int i = start; i < lines.length; i++) {
                Matcher m = p.matcher(lines[i]);
                if (m.find()) {
                    return new int[] {i + 1, m.start() + 1};
                }
            }
        }
        return null;
    }

    /** The properties a rule can test: public getters, as the DRL writes them. */
    private static String fields(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            String n = method.getName();
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            if (n.startsWith("get") && n.length() > 3) {
                names.add(decapitalise(n.substring(3)));
            } else if (n.startsWith("is") && n.length() > 2 && method.getReturnType() == boolean.class) {
                names.add(decapitalise(n.substring(2)));
            }
        }
        return String.join(", ", names);
    }

    private static String decapitalise(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
