package org.breachrules.tuning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.BuiltInRules;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL sources at start-up, for tuned rules. Uses the classic engine: it compiles about twice as fast as
 * building the executable model at run time and runs at the same steady-state speed. A rule set with any error
 * yields no KieBase at all, only an {@link InvalidRulesException} naming each file and line.
 */
final class RuntimeCompiler {
    private static final String SOURCE_ROOT = "src/main/resources/";
    /** The built-in rules' DRL package. */
    private static final String RULES_PACKAGE = BuiltInRules.RESOURCE_FOLDER.replace('/', '.')
            .substring(0, BuiltInRules.RESOURCE_FOLDER.length() - 1);
    /** Parser messages carry their own position, e.g. "[ERR 101] Line 4:29 ...". */
    private static final Pattern PARSER_LINE = Pattern.compile("Line (\\d+):\\d+");
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuntimeCompiler() {
    }

    /** Builds a KieBase from file name to DRL text, or throws listing every error. */
    static KieBase compile(Map<String, String> sources) {
        Build build = build(sources);
        try {
            requireNoErrors(build.builder(), sources);
            return build.services().newKieContainer(build.id()).getKieBase();
        } finally {
            build.services().getRepository().removeKieModule(build.id());
        }
    }

    /**
     * Only the changed files compiled with the classic engine onto a fresh built-in rule base (see
     * {@code RuleCompiler#compileOnto}): the rules of each built-in file a changed file replaces are removed, the
     * changed files' rules are added after every built-in rule (the engine then numbers every rule in reading order,
     * however the rule base was compiled); a global a built-in file declares is known to the changed files.
     * Null when a file needs the whole compile: anything but imports and rules in the built-in rules' package (a
     * declared type, function, global, query, rule unit, package attribute, rule inheritance), a rule name twice or
     * one the built-in rules keep, or any parse or compile error ({@link #compile} reports those, as it always has).
     */
    static KieBase compileOnto(Supplier<KieBase> builtIn, Map<String, String> builtInFiles,
                               Map<String, String> changed) {
        Map<String, PackageDescr> parsed = new TreeMap<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, String> file : new TreeMap<>(changed).entrySet()) {
            PackageDescr pkg = parse(file.getValue());
            if (pkg == null || !rulesOnly(pkg)) {
                return null;
            }
            for (RuleDescr rule : pkg.getRules()) {
                if (!names.add(rule.getName())) {
                    return null;
                }
            }
            parsed.put(file.getKey(), pkg);
        }
        Set<String> replaced = new HashSet<>();
        for (String file : parsed.keySet()) {
            if (builtInFiles.containsKey(file)) {
                PackageDescr pkg = parse(builtInFiles.get(file));
                if (pkg == null) {
                    return null;
                }
                pkg.getRules().forEach(r -> replaced.add(r.getName()));
            }
        }
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) builtIn.get();
        int builtInRules = 0;
        List<org.kie.api.definition.rule.Global> globals = new ArrayList<>();
        for (org.kie.api.definition.KiePackage pkg : kieBase.getKiePackages()) {
            if (RULES_PACKAGE.equals(pkg.getName())) {
                globals.addAll(pkg.getGlobalVariables()); // declared by built-in files, used by any file
            }
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                builtInRules++;
                if (names.contains(rule.getName()) && !replaced.contains(rule.getName())) {
                    return null; // the whole compile says what a rule name twice in one package does
                }
            }
        }
        replaced.forEach(name -> kieBase.removeRule(RULES_PACKAGE, name));
        KnowledgeBuilderImpl builder = new KnowledgeBuilderImpl(kieBase);
        int order = builtInRules;
        for (Map.Entry<String, PackageDescr> file : parsed.entrySet()) {
            for (RuleDescr rule : file.getValue().getRules()) {
                rule.setLoadOrder(order++); // after the built-in rules; the engine numbers them all in reading order
            }
            globals.forEach(g -> file.getValue().addGlobal(new GlobalDescr(g.getName(), g.getType())));
            file.getValue().setResource(ResourceFactory.newByteArrayResource(
                    changed.get(file.getKey()).getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(SOURCE_ROOT + BuiltInRules.RESOURCE_FOLDER + file.getKey()));
            builder.addPackage(file.getValue());
            if (builder.hasErrors()) {
                return null;
            }
        }
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static PackageDescr parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, drl);
            return pkg == null || parser.hasErrors() ? null : pkg;
        } catch (Exception e) {
            return null;
        }
    }

    /** Imports and rules in the built-in rules' package, nothing else. */
    private static boolean rulesOnly(PackageDescr pkg) {
        return RULES_PACKAGE.equals(pkg.getName()) && pkg.getUnit() == null && pkg.getFunctions().isEmpty()
                && pkg.getFunctionImports().isEmpty() && pkg.getAccumulateImports().isEmpty()
                && pkg.getGlobals().isEmpty() && pkg.getAttributes().isEmpty()
                && pkg.getClassAndEnumDeclarationDescrs().isEmpty() && pkg.getTypeDeclarations().isEmpty()
                && pkg.getEnumDeclarations().isEmpty() && pkg.getEntryPointDeclarations().isEmpty()
                && pkg.getWindowDeclarations().isEmpty()
                && pkg.getRules().stream().allMatch(r -> !r.isQuery() && r.getParentName() == null
                        && r.getUnit() == null);
    }

    /**
     * Compiles the sources to the executable model: the generated classes and the model index, by path in a jar
     * (a precompiled rules jar). Slower than {@link #compile} (the model's code generation and a Java compile),
     * done once by compile-rules so that later starts only load classes.
     *
     * @param key a name for this build's generated classes (the rules version's digest): the same folder, the same names
     */
    static Map<String, byte[]> precompile(Map<String, String> sources, String key) {
        KieServices ks = KieServices.get();
        ReleaseId id = releaseId(ks, "tuned-" + key.replaceAll("[^A-Za-z0-9]", ""));
        KieFileSystem kfs = fileSystem(ks, id, sources);
        KieBuilder builder;
        // The model's code generator lower-cases Java type names with the default locale: under a Turkish one "INT"
        // becomes "ınt" and nothing compiles. It runs under the root locale, one build at a time.
        synchronized (RuntimeCompiler.class) {
            java.util.Locale locale = java.util.Locale.getDefault();
            java.util.Locale.setDefault(java.util.Locale.ROOT);
            try {
                builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
            } finally {
                java.util.Locale.setDefault(locale);
            }
        }
        try {
            requireNoErrors(builder, sources);
            org.drools.compiler.kie.builder.impl.InternalKieModule module =
                    (org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule();
            if (module instanceof org.drools.modelcompiler.CanonicalKieModule canonical) {
                module = canonical.getInternalKieModule();
            }
            Map<String, byte[]> out = new java.util.TreeMap<>();
            ((org.drools.compiler.kie.builder.impl.MemoryKieModule) module).getMemoryFileSystem().getMap()
                    .forEach((path, bytes) -> out.put(path.asString(), bytes));
            return out;
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** Every error and warning the compiler gives for these sources (the build-time guard fails on any). */
    static List<RuleProblem> warnings(Map<String, String> sources) {
        Build build = build(sources);
        build.services().getRepository().removeKieModule(build.id());
        List<RuleProblem> all = new ArrayList<>(problems(build.builder(), Message.Level.ERROR, sources));
        all.addAll(problems(build.builder(), Message.Level.WARNING, sources));
        return all;
    }

    /** One compilation, under a release id of its own that the caller removes from the global repository. */
    private record Build(KieServices services, ReleaseId id, KieBuilder builder) {
    }

    private static Build build(Map<String, String> sources) {
        KieServices ks = KieServices.get();
        ReleaseId id = releaseId(ks, "tuned-rules");
        return new Build(ks, id, ks.newKieBuilder(fileSystem(ks, id, sources)).buildAll());
    }

    /** A release id of its own for each build, so builds never replace each other in the global repository. */
    private static ReleaseId releaseId(KieServices ks, String artifact) {
        return ks.newReleaseId("org.breachrules.tuned", artifact, "1.0." + BUILDS.incrementAndGet());
    }

    /** The sources as a project of their own, in the built-in rules' folder and package. */
    private static KieFileSystem fileSystem(KieServices ks, ReleaseId id, Map<String, String> sources) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        sources.forEach((file, text) -> kfs.write(SOURCE_ROOT + BuiltInRules.RESOURCE_FOLDER + file, text));
        return kfs;
    }

    /** Every error of a build at once, with file and line; no rule base is made from a build with any. */
    private static void requireNoErrors(KieBuilder builder, Map<String, String> sources) {
        List<RuleProblem> problems = problems(builder, Message.Level.ERROR, sources);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
    }

    private static List<RuleProblem> problems(KieBuilder builder, Message.Level level, Map<String, String> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(level)) {
            String text = m.getText() == null ? "(no message)" : m.getText().strip();
            if (text.startsWith("Parser returned a null Package")) {
                continue; // follows from a syntax error already reported for the same file
            }
            String file = fileName(m.getPath());
            problems.add(Typo.explain(new RuleProblem(file, line(m, text), oneLine(text)), sources.get(file)));
        }
        return problems;
    }

    private static String fileName(String path) {
        if (path == null) {
            return "(unknown file)";
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static int line(Message m, String text) {
        Matcher parser = PARSER_LINE.matcher(text);
        if (parser.find()) {
            return Integer.parseInt(parser.group(1));
        }
        return Math.max(m.getLine(), 0);
    }

    /** The compiler's whole message on one line (it often puts the useful part on the second), at most 400 chars. */
    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 400 ? flat : flat.substring(0, 397) + "...";
    }
}
