package org.breachrules.tuning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.breachrules.api.RuleProblem;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * The allow-list a tuned DRL file is held to unless the host trusts the folder with any Java ({@code
 * --allow-any-java}). The file is parsed, not scanned: Drools' DRL parser gives its structure (no {@code function}
 * blocks, no MVEL dialect, no accumulate with code of its own), and every constraint, {@code from}, {@code eval} and
 * consequence is read as Java tokens (comments, string, character and text-block literals are tokens of their own, so
 * nothing hides in them or splits a name). Every type a rule names is then resolved and must be one the allow-list
 * gives: the API and fact classes, the state-law values, {@code java.time}, a few {@code java.lang} types and the
 * plain {@code java.util} collections ({@link Allowed}). Refused anywhere: {@code .class} and the reflection,
 * class-loader, engine-runtime, thread and monitor methods ({@link Allowed#DENIED_MEMBERS}); {@code drools.} other
 * than {@code drools.getRule()}; {@code kcontext}; loops, lambdas, method references and anonymous classes (a rule
 * is one decision, and these are how code runs without end or hides a body); Unicode escapes (the compiler would
 * turn {@code \u0022} into a quote this reading did not see). Every refusal names the file, line and construct.
 */
final class TrustedRules {

    private TrustedRules() {
    }

    /** Every use outside the allow-list in the tuned files, with file and line; empty when there is none. */
    static List<RuleProblem> check(Map<String, String> tunedFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        tunedFiles.forEach((file, text) -> new FileCheck(file, text, problems).run());
        return problems;
    }

    /** The check of one file. */
    private static final class FileCheck {
        private final String file;
        private final String text;
        private final List<RuleProblem> problems;
        private final Set<String> importedTypes = new HashSet<>();
        private final List<String> importedPackages = new ArrayList<>();
        private final Set<String> declaredTypes = new HashSet<>();
        /** Token positions already read (import statements). */
        private final Set<Integer> skipped = new HashSet<>();

        FileCheck(String file, String text, List<RuleProblem> problems) {
            this.file = file;
            this.text = text;
            this.problems = problems;
        }

        void run() {
            int escape = text.indexOf("\\u");
            if (escape >= 0) {
                refuse(lineOf(escape), "has a Unicode escape (\\u...): the compiler reads it as the character it"
                        + " stands for, which can hide code; write the character itself");
                return;
            }
            structure();
            List<JavaTokens.Token> tokens = JavaTokens.of(text);
            imports(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                if (!skipped.contains(i)) {
                    token(tokens, i);
                }
            }
        }

        /** What the DRL parser says: functions, the dialect, accumulate with code of its own, declared types. */
        private void structure() {
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, text);
                if (pkg == null || parser.hasErrors()) {
                    return; // the compiler reports the syntax errors, with their lines
                }
            } catch (Exception e) {
                return;
            }
            for (FunctionDescr f : pkg.getFunctions()) {
                refuse(f.getLine(), "declares a function (\"" + f.getName() + "\"): a function is Java of its own,"
                        + " outside what a rule may do");
            }
            for (AttributeDescr a : pkg.getAttributes()) {
                dialect(a);
            }
            pkg.getTypeDeclarations().forEach(t -> declaredTypes.add(t.getTypeName()));
            for (RuleDescr rule : pkg.getRules()) {
                rule.getAttributes().values().forEach(this::dialect);
                if (rule.getLhs() != null) {
                    conditions(rule.getLhs());
                }
            }
        }

        private void dialect(AttributeDescr a) {
            if ("dialect".equals(a.getName()) && !"java".equals(a.getValue())) {
                refuse(a.getLine(), "uses the " + a.getValue() + " dialect: tuned rules are written in the java"
                        + " dialect, which this check can read");
            }
        }

        private void conditions(BaseDescr d) {
            if (d instanceof AccumulateDescr acc) {
                if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null
                        || acc.getReverseCode() != null) {
                    refuse(acc.getLine(), "has an accumulate with code of its own (init, action, reverse,"
                            + " result): use an accumulate function (count, sum, min, max, collectList)");
                }
                if (acc.getInput() != null) {
                    conditions(acc.getInput());
                }
            } else if (d instanceof ConditionalElementDescr ce) {
                ce.getDescrs().forEach(this::conditions);
            } else if (d instanceof PatternDescr p && p.getSource() != null) {
                conditions(p.getSource());
            }
        }

        /** Each import names an allowed type or an allowed package; its tokens are not read again as names. */
        private void imports(List<JavaTokens.Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                JavaTokens.Token t = tokens.get(i);
                if (!t.is("import")) {
                    continue;
                }
                skipped.add(i);
                int j = i + 1;
                boolean isStatic = j < tokens.size() && tokens.get(j).is("static");
                boolean function = j < tokens.size() && tokens.get(j).is("function");
                if (isStatic || function) {
                    skipped.add(j++);
                }
                StringBuilder name = new StringBuilder();
                while (j < tokens.size() && (tokens.get(j).kind() == JavaTokens.Kind.WORD || tokens.get(j).is(".")
                        || tokens.get(j).is("*"))) {
                    name.append(tokens.get(j).text());
                    skipped.add(j++);
                }
                String imported = name.toString();
                if (function || !Allowed.importable(imported)) {
                    refuse(t.line(), "imports " + (function ? "function " : "") + imported + ", outside what tuned"
                            + " rules may use (" + Allowed.SUMMARY + ")");
                } else if (imported.endsWith(".*")) {
                    importedPackages.add(imported.substring(0, imported.length() - 1));
                } else {
                    importedTypes.add(imported.substring(imported.lastIndexOf('.') + 1));
                }
            }
        }

        private void token(List<JavaTokens.Token> tokens, int i) {
            JavaTokens.Token t = tokens.get(i);
            JavaTokens.Token previous = i > 0 ? tokens.get(i - 1) : null;
            boolean member = previous != null && previous.is(".");
            if (t.kind() == JavaTokens.Kind.PUNCTUATION) {
                if (t.is("->") || t.is("::")) {
                    refuse(t.line(), "has a " + (t.is("->") ? "lambda (\"->\")" : "method reference (\"::\")")
                            + ": a rule states its decision in constraints and one consequence");
                }
                return;
            }
            if (t.kind() != JavaTokens.Kind.WORD) {
                return;
            }
            String word = t.text();
            if (member) {
                if (Allowed.DENIED_MEMBERS.contains(word)) {
                    refuse(t.line(), "uses ." + word + ", which reaches outside the evaluation (reflection, class"
                            + " loaders, the engine's runtime, threads or monitors)");
                }
                return;
            }
            switch (word) {
                case "while", "for", "do" -> refuse(t.line(), "has a loop (\"" + word + "\"): a rule that never"
                        + " ends would hang every evaluation; write one rule per case instead");
                case "kcontext" -> refuse(t.line(), "uses kcontext, the engine's runtime; a consequence may insert"
                        + " facts and read drools.getRule()");
                case "drools" -> {
                    boolean getRule = i + 2 < tokens.size() && tokens.get(i + 1).is(".")
                            && tokens.get(i + 2).is("getRule");
                    boolean packageName = previous != null && previous.is("package"); // package drools;
                    if (!getRule && !packageName) {
                        refuse(t.line(), "uses drools." + (i + 2 < tokens.size() ? tokens.get(i + 2).text() : "")
                                + ", the engine's runtime; a consequence may read drools.getRule() only");
                    }
                }
                case "new" -> anonymousClass(tokens, i);
                default -> name(tokens, i);
            }
        }

        /** {@code new T(...) {}}: an anonymous class has a body of its own. */
        private void anonymousClass(List<JavaTokens.Token> tokens, int i) {
            int depth = 0;
            for (int k = i + 1; k < tokens.size(); k++) {
                JavaTokens.Token t = tokens.get(k);
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")")) {
                    depth--;
                    if (depth == 0) {
                        if (k + 1 < tokens.size() && tokens.get(k + 1).is("{")) {
                            refuse(tokens.get(i).line(), "declares an anonymous class (new ...() { }): a body of"
                                    + " its own, outside what a rule may do");
                        }
                        return;
                    }
                } else if (depth == 0 && (t.is(";") || t.is("[") || t.is("{"))) {
                    return;
                }
            }
        }

        /**
         * A name not after a dot: a type (resolved against the allow-list), the start of a fully qualified name (the
         * longest prefix that is a class must be allowed), or a variable, field or keyword (nothing to resolve).
         */
        private void name(List<JavaTokens.Token> tokens, int i) {
            JavaTokens.Token t = tokens.get(i);
            String word = t.text();
            if (Character.isUpperCase(word.charAt(0))) {
                if (!typeAllowed(word)) {
                    refuse(t.line(), "uses " + word + ", which is not a type tuned rules may use (" + Allowed.SUMMARY
                            + "; import fact and API types by name)");
                }
                return;
            }
            if (!Character.isLowerCase(word.charAt(0))) {
                return; // $bound variables
            }
            // A lower-case name followed by dots: a variable's fields, or a package; the longest prefix that names a
            // class is the type a fully qualified name uses.
            StringBuilder qualified = new StringBuilder(word);
            String type = null;
            for (int k = i + 1; k + 1 < tokens.size() && tokens.get(k).is(".")
                    && tokens.get(k + 1).kind() == JavaTokens.Kind.WORD; k += 2) {
                qualified.append('.').append(tokens.get(k + 1).text());
                if (Allowed.loadable(qualified.toString())) {
                    type = qualified.toString();
                }
            }
            if (type != null && !Allowed.qualifiedType(type)) {
                refuse(t.line(), "uses " + type + ", outside what tuned rules may use (" + Allowed.SUMMARY + ")");
            }
        }

        private boolean typeAllowed(String simpleName) {
            if (Allowed.JAVA_LANG.contains(simpleName) || importedTypes.contains(simpleName)
                    || declaredTypes.contains(simpleName)) {
                return true;
            }
            for (String pkg : importedPackages) {
                if (Allowed.loadable(pkg + simpleName)) {
                    return true;
                }
            }
            return false;
        }

        private int lineOf(int offset) {
            int line = 1;
            for (int k = 0; k < offset; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private void refuse(int line, String message) {
            problems.add(new RuleProblem(file, line, message + " (a folder trusted with any Java can allow it: see"
                    + " the README, \"A rules folder is trusted code\")"));
        }
    }
}
