package org.breachrules.drools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.breachrules.api.BreachRulesException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Loads the executable model the kie-maven-plugin generated from the built-in DRL at build time, without scanning
 * kmodule.xml: start-up pays no DRL compilation.
 */
final class PrecompiledModel {
    /** Written by the kie-maven-plugin: a version line, then the generated model class names. */
    private static final String MODEL_INDEX = "META-INF/kie/org.breachrules/breach-rules-drools/drools-model";

    private PrecompiledModel() {
    }

    static KieBase load() {
        ClassLoader loader = PrecompiledModel.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new BreachRulesException("the precompiled rules are missing (" + MODEL_INDEX
                        + "); was breach-rules-drools built with the kie-maven-plugin?");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version:")) {
                    models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new BreachRulesException("cannot load the precompiled rules: " + e.getMessage(), e);
        }
        // The configuration comes from drools-core itself, not from KieServices (whose implementation lives in the
        // DRL compiler, which a host running only the built-in rules does not have).
        return KieBaseBuilder.createKieBaseFromModel(models,
                org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration());
    }
}
