package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of README.md and docs/*.md compiles as written, and runs: a promise in the docs is a test. Each
 * {@code ```java} block becomes the body of a method with the library's packages imported; the names a snippet uses
 * without declaring them ({@code json}, an incident as JSON, and {@code determiner}) are its parameters.
 */
class DocSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    private static final String IMPORTS = """
            import java.time.*;
            import java.util.*;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import org.breachrules.api.*;
            import org.breachrules.drools.DroolsBreachDeterminer;
            import org.breachrules.drools.whatif.WhatIfAnalysis;
            import org.breachrules.json.*;
            """;

    private record Snippet(String where, String code) {
    }

    private static List<Snippet> snippets() throws Exception {
        Path root = Path.of("..");
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path file : files) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(file));
            int n = 0;
            while (m.find()) {
                out.add(new Snippet(file.getFileName() + " #" + ++n, m.group(1)));
            }
        }
        return out;
    }

    @Test
    void everyJavaSnippetOfTheDocsCompilesAndRuns(@TempDir Path dir) throws Exception {
        List<Snippet> snippets = snippets();
        assertTrue(snippets.size() >= 2, "the README's quick start and docs/json.md's module: " + snippets);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        String json = Files.readString(Path.of(System.getProperty("samples.dir", "samples"),
                "12-multi-state-media.json"));
        BreachDeterminer shared = DroolsBreachDeterminer.builtIn();

        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            String name = "Snippet" + i;
            boolean declaresDeterminer = s.code().contains(" determiner =");
            Path source = dir.resolve(name + ".java");
            Files.writeString(source, IMPORTS + "public class " + name + " {\n    public static void run(String json"
                    + (declaresDeterminer ? "" : ", BreachDeterminer determiner") + ") throws Exception {\n"
                    + s.code() + "\n    }\n}\n");
            StringWriter errors = new StringWriter();
            boolean compiled = javac.getTask(errors, null, null, List.of("-d", dir.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none"), null,
                    javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
            assertTrue(compiled, s.where() + " does not compile as written:\n" + errors);

            PrintStream stdout = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    getClass().getClassLoader())) {
                Method run = Stream.of(loader.loadClass(name).getMethods()).filter(m -> m.getName().equals("run"))
                        .findFirst().orElseThrow();
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                if (declaresDeterminer) {
                    run.invoke(null, json);
                } else {
                    run.invoke(null, json, shared);
                }
            } finally {
                System.setOut(stdout);
            }
            if (s.where().startsWith("README.md")) {
                // The quick start's comment says what it prints first.
                assertEquals("true PRESUMED_BREACH_NO_ASSESSMENT", printed.toString(StandardCharsets.UTF_8)
                        .lines().findFirst().orElse(""), s.where());
            }
        }
    }
}
