package org.breachrules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of breach-rules-api is the one checked in: every public or protected type of the module, with
 * its supertypes, and every public or protected constructor, method and field, in a stable sorted form, compared
 * with {@value #SURFACE}. A host compiles against these lines; a change to one of them is a change to every host, so
 * it is made deliberately: the test fails with the lines added and removed, and says how to accept them.
 *
 * <p>To accept a deliberate change, run {@code mvn -B -q -pl breach-rules-api test -Dtest=ApiSurfaceTest
 * -Dapi.surface.update=true}, review the file's diff and name the change in CHANGELOG.md (a removed or changed line
 * breaks hosts: a major release under semantic versioning). The update is refused under {@code CI=true}: a CI run
 * that rewrote the file would pass whatever the API became. There is no released artifact to compare with (0.1.0 was
 * never deployed), so the checked-in file stands in for one; its history is the API's.
 */
class ApiSurfaceTest {
    private static final String SURFACE = "src/test/resources/api-surface.txt";
    private static final String UPDATE = "api.surface.update";
    private static final String PACKAGE = "org.breachrules.api";

    @Test
    void thePublicSurfaceIsTheCheckedInOne() throws IOException {
        List<String> actual = surface(types(PACKAGE, Incident.class));
        Path file = Path.of(SURFACE);
        List<String> expected = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        if (updateRequested()) {
            Files.writeString(file, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            System.out.println("rewrote " + file.toAbsolutePath() + ":\n" + difference(expected, actual));
            return;
        }
        if (!actual.equals(expected)) {
            fail("The public API of " + PACKAGE + " is not the one in " + SURFACE + " (- removed, + added):\n"
                    + difference(expected, actual) + "\nIf the change is deliberate, accept it with: mvn -B -q -pl"
                    + " breach-rules-api test -Dtest=ApiSurfaceTest -D" + UPDATE + "=true, then review the file's"
                    + " diff and name the change in CHANGELOG.md (a removed or changed line breaks hosts).");
        }
    }

    @Test
    void theSurfaceNamesEveryKindOfMemberInAStableForm() {
        // Given the surface of the module's own types
        List<String> lines = surface(types(PACKAGE, Incident.class));

        // Then types, constructors, methods and fields are there, sorted by type, with generic signatures
        assertTrue(lines.contains("type public abstract interface org.breachrules.api.BreachDeterminer"), "a type");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  public org.breachrules.api.Affected(")), "a constructor");
        assertTrue(lines.contains("  public java.util.List<org.breachrules.api.Notification>"
                + " org.breachrules.api.Determination.notifications()"), "a method, generic");
        assertTrue(lines.contains("  public static final org.breachrules.api.Role org.breachrules.api.Role"
                + ".COVERED_ENTITY"), "a field");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("type public static final class"
                + " org.breachrules.api.Incident$Builder")), "a nested type");
        assertTrue(lines.stream().noneMatch(l -> l.contains("org.breachrules.api.Copies")), "package-private types");
        assertEquals(lines, surface(types(PACKAGE, Incident.class)), "the same every time");
    }

    /** Whether this run rewrites the file ({@code -Dapi.surface.update=true}); refused under {@code CI=true}. */
    private static boolean updateRequested() {
        boolean asked = Boolean.getBoolean(UPDATE);
        if (asked && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("-D" + UPDATE + "=true is refused when CI=true: CI compares the API"
                    + " surface and never rewrites it");
        }
        return asked;
    }

    /** The lines only in {@code expected} (-) and only in {@code actual} (+), in file order. */
    static String difference(List<String> expected, List<String> actual) {
        Set<String> before = new LinkedHashSet<>(expected);
        Set<String> after = new LinkedHashSet<>(actual);
        List<String> out = new ArrayList<>();
        expected.stream().filter(l -> !after.contains(l)).forEach(l -> out.add("- " + l.strip()));
        actual.stream().filter(l -> !before.contains(l)).forEach(l -> out.add("+ " + l.strip()));
        return out.isEmpty() ? "(only the order differs)" : String.join("\n", out);
    }

    /**
     * The classes of {@code packageName} (and its subpackages) in the classes folder that holds {@code anchor}: the
     * module's compiled main classes.
     */
    static List<Class<?>> types(String packageName, Class<?> anchor) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(Files.isDirectory(root), "run from the module's compiled classes folder, not a jar: " + root);
        Path dir = root.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".class") && !p.endsWith("package-info.class")
                            && !p.endsWith("module-info.class"))
                    .<Class<?>>map(p -> load(p.substring(0, p.length() - ".class".length()).replace('/', '.'), anchor))
                    .filter(ApiSurfaceTest::isPublicSurface)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name, Class<?> anchor) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A type a host can name: public or protected, and so is every type it is nested in. */
    private static boolean isPublicSurface(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!isVisible(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /**
     * One line per type ({@code type} and its declaration, supertypes and permitted subclasses) followed by one
     * indented line per public or protected constructor, method and field it declares, each as the JDK writes its
     * generic declaration; types by name, members by their line.
     */
    static List<String> surface(List<Class<?>> types) {
        List<String> out = new ArrayList<>();
        types.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(type -> {
            out.add("type " + declaration(type));
            Set<String> members = new TreeSet<>();
            Stream.<Member>concat(Stream.concat(Arrays.stream(type.getDeclaredConstructors()),
                            Arrays.stream(type.getDeclaredMethods())), Arrays.stream(type.getDeclaredFields()))
                    .filter(m -> isVisible(m.getModifiers()) && !m.isSynthetic()
                            && !(m instanceof Method method && method.isBridge()))
                    .forEach(m -> members.add("  " + (m instanceof Executable e ? e.toGenericString()
                            : ((Field) m).toGenericString())));
            out.addAll(members);
        });
        return out;
    }

    private static String declaration(Class<?> type) {
        StringBuilder line = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getGenericSuperclass() != Object.class) {
            line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(
                    type.getGenericInterfaces()).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        return line.toString();
    }
}
