package org.breachrules.tuning;

import java.util.List;
import java.util.Set;

/**
 * What a tuned DRL file may name without {@code --allow-any-java}: the types its decisions need, and no member that
 * reaches outside the evaluation. One list, read by {@link TrustedRules}; the README's "A rules folder is trusted
 * code" says the same in words.
 */
final class Allowed {
    /** In words, for messages. */
    static final String SUMMARY = "org.breachrules.api, org.breachrules.drools.facts, the state-law values, java.time,"
            + " the java.util collections, String, Math and the boxed numbers";

    /** Packages whose every type is allowed (their classes hold data and decisions, nothing that acts outside). */
    private static final List<String> PACKAGES = List.of("org.breachrules.api.", "org.breachrules.drools.facts.",
            "java.time.");

    /** Single types allowed outside those packages. */
    private static final Set<String> TYPES = Set.of(
            // The state-law data's values and business-day arithmetic; not its loader (StateLaws reads files).
            "org.breachrules.states.BusinessDays", "org.breachrules.states.HipaaClause",
            "org.breachrules.states.Ordering", "org.breachrules.states.DayKind", "org.breachrules.states.StateDuty",
            "org.breachrules.states.StateLawVersion", "org.breachrules.states.Threshold",
            "org.breachrules.states.Deadline", "org.breachrules.states.Timing",
            // Plain collections and helpers: no threads, files, formatters, preferences, loggers or streams.
            "java.util.List", "java.util.ArrayList", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.EnumSet", "java.util.SortedSet", "java.util.TreeSet", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.EnumMap", "java.util.SortedMap", "java.util.TreeMap",
            "java.util.Collection", "java.util.Collections", "java.util.Arrays", "java.util.Objects",
            "java.util.Optional", "java.util.Map.Entry",
            "java.lang.Math", "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean",
            "java.lang.Double", "java.lang.Character", "java.lang.StringBuilder", "java.lang.Number",
            "java.lang.Object");

    /** The java.lang types above by simple name (java.lang is imported implicitly). */
    static final Set<String> JAVA_LANG = Set.of("Math", "String", "Integer", "Long", "Boolean", "Double", "Character",
            "StringBuilder", "Number", "Object");

    /**
     * Members refused on anything: reflection and class loading, the engine's runtime, the JVM, threads and monitors
     * (a rule that waits never ends).
     */
    static final Set<String> DENIED_MEMBERS = Set.of("class", "getClass", "getClassLoader", "forName", "loadClass",
            "getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField",
            "getDeclaredFields", "getField", "getFields", "getDeclaredConstructor", "getDeclaredConstructors",
            "getConstructor", "getConstructors", "newInstance", "invoke", "setAccessible", "getResource",
            "getResourceAsStream", "getModule", "getProtectionDomain", "lookup", "getKieRuntime",
            "getKnowledgeRuntime", "getKieBase", "getWorkingMemory", "getEntryPoint", "getEntryPoints",
            "getChannels", "getKieSession", "halt", "exit", "exec", "getRuntime", "getenv", "getProperty",
            "setProperty", "currentThread", "sleep", "wait", "notify", "notifyAll", "finalize", "clone");

    private Allowed() {
    }

    /** Whether an import (a type, a static member of one, or a package with {@code .*}) is allowed. */
    static boolean importable(String name) {
        if (name.endsWith(".*")) {
            String pkg = name.substring(0, name.length() - 1);
            return PACKAGES.contains(pkg) || qualifiedType(pkg.substring(0, pkg.length() - 1));
        }
        return qualifiedType(name) || (name.contains(".") && qualifiedType(name.substring(0, name.lastIndexOf('.'))));
    }

    /** Whether a fully qualified type is allowed. */
    static boolean qualifiedType(String type) {
        if (TYPES.contains(type)) {
            return true;
        }
        for (String pkg : PACKAGES) {
            if (type.startsWith(pkg)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is a class this engine can load (without initialising it): a type, not a variable. */
    static boolean loadable(String name) {
        try {
            Class.forName(name, false, Allowed.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
