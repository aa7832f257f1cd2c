package org.breachrules.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a host pays once, at start-up, in a fresh JVM: building the built-in determiner, or a tuned one from a rules
 * jar made beforehand by {@code compile-rules} (nothing is compiled in the measured JVM, as in a host that ships the
 * jar). One build per fork, many forks: the figure is a cold start, not a warmed-up loop.
 *
 * <pre>
 * java -jar breach-rules-cli/target/breach-rules-cli.jar compile-rules --rules breach-rules-examples/tuned-policy \
 *     --out breach-rules-benchmarks/target/tuned-policy.jar
 * java -jar breach-rules-benchmarks/target/benchmarks.jar StartUpBenchmark -f 5
 * </pre>
 *
 * The jar is read from the system property {@code tuned.jar} (default the path above, from the repository root).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
public class StartUpBenchmark {

    /** Where the tuned rules jar is, checked before the measured build. */
    @State(Scope.Benchmark)
    public static class TunedJar {
        Path jar;

        @Setup
        public void find() {
            jar = Path.of(System.getProperty("tuned.jar", "breach-rules-benchmarks/target/tuned-policy.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: make it with compile-rules first (see the"
                        + " class comment)");
            }
        }
    }

    /** The built-in determiner: the precompiled rules shipped in the engine jar. */
    @Benchmark
    public DroolsBreachDeterminer builtIn() {
        return DroolsBreachDeterminer.builtIn();
    }

    /** A tuned determiner from a precompiled rules jar, as a host builds it once at start-up. */
    @Benchmark
    public DroolsBreachDeterminer tunedFromJar(TunedJar tuned) {
        return DroolsBreachDeterminer.builder().precompiledRules(tuned.jar).build();
    }
}
