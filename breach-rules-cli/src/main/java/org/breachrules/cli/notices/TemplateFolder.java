package org.breachrules.cli.notices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.breachrules.api.BreachRulesException;

/**
 * The templates of a {@code --templates} folder, read and checked before Mustache sees them. A template folder comes
 * from a user, not from us: a template may include (a partial, {@code {{> name}}}, or a parent, {@code {{< name}}})
 * only another template of the same folder, by plain name (no {@code ..}, no path, no symbolic link leading out);
 * each file is at most {@link #MAX_BYTES}; sections and includes nest at most {@link #MAX_DEPTH} deep; a template
 * that includes itself, directly or not, is refused with its file and line, and so is one that, with all it includes,
 * stands for more than {@link #MAX_EXPANDED_CHARS} of text. Not thread-safe (built once, then read).
 */
final class TemplateFolder {
    /** The largest template file read: a letter template is a few KB; a larger one is not a letter. */
    static final int MAX_BYTES = 256 * 1024;
    /** The deepest nesting of sections and includes: Mustache compiles nesting by recursion. */
    static final int MAX_DEPTH = 50;
    /**
     * The most template text one template stands for, each include counted as often as it is included: Mustache
     * compiles a template again wherever it is included, so ten includes of ten includes of ... would never end.
     */
    static final int MAX_EXPANDED_CHARS = 1 << 20;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final String EXTENSION = ".mustache";

    private final Path dir;
    private final Path real;
    private final Map<String, Scan> scans = new HashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, Long> expanded = new HashMap<>();

    /** An include found in a template: the file it names, where, and how deep in sections it sits. */
    private record Include(String file, int line, int depth) {
    }

    /** A name a template reads ({@code {{name}}}, a section {@code {{#name}}} or {@code {{^name}}}) and its line. */
    record Variable(String name, int line) {
    }

    /** What a scan of one template found: its own deepest section nesting, its includes and the names it reads. */
    private record Scan(int depth, List<Include> includes, List<Variable> variables) {
    }

    TemplateFolder(Path dir) {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new BreachRulesException(dir + ": $: templates directory does not exist or is not a directory");
        }
        try {
            this.real = dir.toRealPath();
        } catch (IOException e) {
            throw new BreachRulesException(dir + ": $: cannot read the templates directory");
        }
    }

    /** The checked text of a top-level template the folder has, with everything it includes; empty if none. */
    Optional<String> template(String file) {
        if (!Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        depth(file, new ArrayList<>());
        return Optional.of(texts.get(file));
    }

    /**
     * The names a checked top-level template reads, with those of every template it includes (each named by the file
     * it is in), in file order.
     */
    Map<String, List<Variable>> variables(String file) {
        Map<String, List<Variable>> out = new LinkedHashMap<>();
        collect(file, out);
        return out;
    }

    private void collect(String file, Map<String, List<Variable>> out) {
        if (out.containsKey(file)) {
            return;
        }
        Scan scan = scans.get(file);
        out.put(file, scan.variables());
        for (Include include : scan.includes()) {
            collect(include.file(), out);
        }
    }

    /** The names a template's text reads, for a built-in template (no folder, no include). */
    static List<Variable> variablesOf(String text) {
        return new TemplateFolder().scan("built-in", text).variables();
    }

    /** For {@link #variablesOf}: a folder of no directory, whose scans never include. */
    private TemplateFolder() {
        this.dir = Path.of(".");
        this.real = dir;
    }

    /** The text of an included template, once {@link #template} has checked it; null when it is not one. */
    String included(String file) {
        return texts.get(file);
    }

    /** How a template names another in a tag: the file name it means ({@code header} is {@code header.mustache}). */
    static String fileName(String name) {
        String n = name.trim();
        return n.endsWith(EXTENSION) ? n : n + EXTENSION;
    }

    /** The deepest nesting below {@code file}, including its includes; refuses cycles and depth over the limit. */
    private int depth(String file, List<String> chain) {
        Integer known = depths.get(file);
        if (known != null) {
            return known;
        }
        chain.add(file);
        Scan scan = scan(file);
        int deepest = scan.depth();
        long size = texts.get(file).length();
        for (Include include : scan.includes()) {
            if (chain.contains(include.file())) {
                throw new BreachRulesException(where(file) + ": line " + include.line() + ": includes "
                        + include.file() + ", which includes " + file + " again ("
                        + String.join(" > ", chain) + " > " + include.file() + "); a template may not include itself");
            }
            int d = include.depth() + 1 + depth(include.file(), chain);
            if (d > MAX_DEPTH) {
                throw tooDeep(file, include.line());
            }
            deepest = Math.max(deepest, d);
            size += expanded.get(include.file());
            if (size > MAX_EXPANDED_CHARS) {
                throw new BreachRulesException(where(file) + ": line " + include.line() + ": with what it includes"
                        + " (each time it is included), more than " + MAX_EXPANDED_CHARS / 1024 + " KB of template"
                        + " text, the most a template may stand for");
            }
        }
        chain.remove(chain.size() - 1);
        depths.put(file, deepest);
        expanded.put(file, size);
        return deepest;
    }

    private Scan scan(String file) {
        Scan known = scans.get(file);
        if (known != null) {
            return known;
        }
        String text = read(file);
        texts.put(file, text);
        Scan scan = scan(file, text);
        scans.put(file, scan);
        return scan;
    }

    /**
     * The tags of a template, as Mustache reads them (delimiters may be changed with {@code {{=<% %>=}}}): sections
     * ({@code # ^ $ <}) open a level, {@code /} closes one, {@code >} and {@code <} include another file.
     */
    private Scan scan(String file, String text) {
        String open = "{{";
        String close = "}}";
        List<Include> includes = new ArrayList<>();
        List<Variable> variables = new ArrayList<>();
        int depth = 0;
        int deepest = 0;
        int line = 1;
        int counted = 0;
        int at = 0;
        while (true) {
            int start = text.indexOf(open, at);
            if (start < 0) {
                break;
            }
            int end = text.indexOf(close, start + open.length());
            if (end < 0) {
                break; // an unclosed tag: Mustache names it when it compiles
            }
            for (int i = counted; i < start; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = start;
            String tag = text.substring(start + open.length(), end);
            at = end + close.length();
            if (tag.isEmpty()) {
                continue;
            }
            char kind = tag.charAt(0);
            String name = tag.substring(1).trim();
            if (kind == '#' || kind == '^' || kind == '&' || kind == '{') {
                variables.add(new Variable(name.endsWith("}") ? name.substring(0, name.length() - 1).trim() : name,
                        line));
            } else if (kind != '!' && kind != '/' && kind != '>' && kind != '<' && kind != '$' && kind != '=') {
                variables.add(new Variable(tag.trim(), line));
            }
            switch (kind) {
                case '#', '^', '$', '<' -> {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw tooDeep(file, line);
                    }
                    deepest = Math.max(deepest, depth);
                    if (kind == '<') {
                        includes.add(new Include(include(file, line, name), line, depth - 1));
                    }
                }
                case '/' -> depth = Math.max(0, depth - 1);
                case '>' -> includes.add(new Include(include(file, line, name), line, depth));
                case '=' -> {
                    String[] delimiters = name.endsWith("=") ? name.substring(0, name.length() - 1).trim()
                            .split("\\s+") : new String[0];
                    if (delimiters.length != 2 || delimiters[0].isEmpty() || delimiters[1].isEmpty()) {
                        throw new BreachRulesException(where(file) + ": line " + line + ": a delimiter change must"
                                + " name two delimiters, as in {{=<% %>=}}");
                    }
                    open = delimiters[0];
                    close = delimiters[1];
                }
                case '{' -> {
                    if (at < text.length() && text.charAt(at) == '}' && "}}".equals(close)) {
                        at++;
                    }
                }
                default -> {
                    // a value, a comment or a raw value: nothing to check
                }
            }
        }
        return new Scan(deepest, List.copyOf(includes), List.copyOf(variables));
    }

    /** The file an include names, if it is a plain name of this folder. */
    private String include(String file, int line, String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new BreachRulesException(where(file) + ": line " + line + ": a template may include only a template"
                    + " of its own folder, by its plain name (letters, digits, '_', '-', '.'; no path), not a "
                    + name.length() + "-character name with " + (name.contains("..") ? "\"..\"" : "a path"));
        }
        return fileName(name);
    }

    /** One file of the folder, read only if it is a regular file of this folder (links may not lead out). */
    private String read(String file) {
        Path path = dir.resolve(file);
        Path realFile;
        try {
            realFile = path.toRealPath();
        } catch (IOException e) {
            throw new BreachRulesException(path + ": $: no such template in " + dir);
        }
        if (!real.equals(realFile.getParent())) {
            throw new BreachRulesException(path + ": $: leads outside the templates folder (a symbolic link?);"
                    + " a template must be a file of the folder itself");
        }
        if (!Files.isRegularFile(realFile)) {
            throw new BreachRulesException(path + ": $: not a regular file");
        }
        try (InputStream in = Files.newInputStream(realFile)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BreachRulesException(path + ": $: larger than " + MAX_BYTES / 1024
                        + " KB, the most a template may have");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BreachRulesException(path + ": $: cannot read the template");
        }
    }

    private BreachRulesException tooDeep(String file, int line) {
        return new BreachRulesException(where(file) + ": line " + line + ": sections and included templates nest more"
                + " than " + MAX_DEPTH + " deep, the most a template may have");
    }

    private String where(String file) {
        return dir.resolve(file).toString();
    }
}
