package org.breachrules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import org.breachrules.api.BreachRulesException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A tuned rules folder compiled once to the executable model and kept as a jar ({@code compile-rules}): later starts
 * load its classes, as the built-in rules are loaded, without the DRL compiler. The jar also keeps the folder's files
 * (DRL, {@code policy.properties}, {@code XX.json}), whether the folder was trusted with any Java, and the rules
 * version they digest to, so a determiner loaded from it names the same rules version as one compiled from the folder
 * and stores the same sources in evidence bundles. A jar is compiled code: load only jars built from folders you trust.
 */
final class PrecompiledRules {
    /** Where the folder's files and the facts about the build are kept in the jar. */
    static final String FOLDER = "META-INF/breach-rules/folder/";
    static final String INDEX = "META-INF/breach-rules/precompiled.properties";
    private static final String MODEL_INDEX_SUFFIX = "/drools-model";

    /** What a jar holds: the folder's files by name, its rules version, and whether it was trusted with any Java. */
    record Contents(Map<String, String> files, String rulesVersion, boolean anyJava, List<String> modelClasses) {
    }

    private PrecompiledRules() {
    }

    /** Writes the jar: the compiled classes (none when only values changed), the folder's files and the index. */
    static void write(Path jar, Map<String, byte[]> compiled, Map<String, String> folderFiles, String rulesVersion,
                      boolean anyJava) {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp" + ProcessHandle.current().pid());
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream zip = new JarOutputStream(out)) {
            Properties index = new Properties();
            index.setProperty("rulesVersion", rulesVersion);
            index.setProperty("anyJava", Boolean.toString(anyJava));
            index.setProperty("files", String.join(",", new TreeMap<>(folderFiles).keySet()));
            entry(zip, INDEX, store(index));
            for (Map.Entry<String, String> f : new TreeMap<>(folderFiles).entrySet()) {
                entry(zip, FOLDER + f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> c : new TreeMap<>(compiled).entrySet()) {
                if (c.getKey().endsWith(".class") || c.getKey().endsWith(MODEL_INDEX_SUFFIX)) {
                    entry(zip, c.getKey(), c.getValue());
                }
            }
        } catch (IOException e) {
            throw new BreachRulesException("cannot write " + jar + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BreachRulesException("cannot write " + jar + ": " + e.getMessage(), e);
        }
    }

    /** Reads what a jar holds, without loading its classes. */
    static Contents read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry indexEntry = file.getJarEntry(INDEX);
            if (indexEntry == null) {
                throw new BreachRulesException(jar + ": not a precompiled rules jar (made by compile-rules): it has no "
                        + INDEX);
            }
            Properties index = new Properties();
            try (InputStream in = file.getInputStream(indexEntry)) {
                index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, String> files = new TreeMap<>();
            for (String name : index.getProperty("files", "").split(",")) {
                if (!name.isBlank()) {
                    JarEntry e = file.getJarEntry(FOLDER + name);
                    if (e == null) {
                        throw new BreachRulesException(jar + ": the file " + name + " it lists is missing");
                    }
                    try (InputStream in = file.getInputStream(e)) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            List<String> models = new ArrayList<>();
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (e.getName().startsWith("META-INF/kie/") && e.getName().endsWith(MODEL_INDEX_SUFFIX)) {
                    try (InputStream in = file.getInputStream(e)) {
                        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                            String name = line.trim();
                            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version:")) {
                                models.add(name);
                            }
                        }
                    }
                }
            }
            return new Contents(files, index.getProperty("rulesVersion", ""),
                    Boolean.parseBoolean(index.getProperty("anyJava", "false")), models);
        } catch (IOException e) {
            throw new BreachRulesException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    /** The rule base of the jar's compiled classes, loaded beside the engine's classes. */
    static KieBase load(Path jar, Contents contents) {
        try {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    PrecompiledRules.class.getClassLoader());
            List<Model> models = new ArrayList<>();
            for (String name : contents.modelClasses()) {
                models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models,
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration());
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            throw new BreachRulesException("cannot load the precompiled rules of " + jar + " (" + e.getClass()
                    .getSimpleName() + "): compile the folder again with this release's compile-rules", e);
        }
    }

    private static void entry(JarOutputStream zip, String name, byte[] bytes) throws IOException {
        JarEntry e = new JarEntry(name);
        e.setTime(0); // the same folder gives the same jar
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] store(Properties p) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(p).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
