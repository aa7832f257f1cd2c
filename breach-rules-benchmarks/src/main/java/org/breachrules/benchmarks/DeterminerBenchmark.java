package org.breachrules.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.whatif.WhatIfAnalysis;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.IncidentWriter;
import org.breachrules.verify.generate.IncidentGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine over a seeded, realistic mix of {@value #MIX} incidents from {@link IncidentGenerator} (seed
 * {@value #SEED}), cycled through by each thread from its own offset.
 *
 * <pre>
 * java -jar breach-rules-benchmarks/target/benchmarks.jar                 # everything, with the defaults below
 * java -jar breach-rules-benchmarks/target/benchmarks.jar -prof gc single1  # allocation per determination
 * </pre>
 *
 * <p>Throughput figures are determinations per second (the batch benchmarks count each incident of the batch).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@OutputTimeUnit(TimeUnit.SECONDS)
@BenchmarkMode(Mode.Throughput)
public class DeterminerBenchmark {

    static final long SEED = 2026;
    static final int MIX = 4096;
    static final int BATCH = 256;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    /** One engine and one mix, shared by every thread, as a host shares them. */
    @State(Scope.Benchmark)
    public static class Engine {
        DroolsBreachDeterminer determiner;
        WhatIfAnalysis whatIf;
        Incident[] incidents;
        String[] json;
        final IncidentReader reader = new IncidentReader();
        final DeterminationWriter writer = DeterminationWriter.compact();

        @Setup(Level.Trial)
        public void setUp() {
            determiner = DroolsBreachDeterminer.builtIn();
            whatIf = WhatIfAnalysis.of(determiner);
            incidents = new IncidentGenerator(SEED, AS_OF).next(MIX).toArray(Incident[]::new);
            json = new String[MIX];
            for (int i = 0; i < MIX; i++) {
                json[i] = IncidentWriter.compact().write(incidents[i]);
            }
        }
    }

    /** Where a thread is in the mix. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 997 % MIX);
        }

        int advance() {
            int i = next;
            next = (i + 1) % MIX;
            return i;
        }

        List<Incident> batch(Incident[] all) {
            int from = next;
            next = (from + BATCH) % MIX;
            return from + BATCH <= MIX ? List.of(all).subList(from, from + BATCH) : List.of(all).subList(0, BATCH);
        }
    }

    /** {@code determine}, one incident a call, one calling thread. */
    @Benchmark
    @Threads(1)
    public Determination single1(Engine e, Cursor c) {
        return e.determiner.determine(e.incidents[c.advance()], AS_OF);
    }

    /** {@code determine}, one incident a call, two calling threads. */
    @Benchmark
    @Threads(2)
    public Determination single2(Engine e, Cursor c) {
        return e.determiner.determine(e.incidents[c.advance()], AS_OF);
    }

    /**
     * {@link #single1} on the parallel collector instead of G1 (the JVM's default): the same rules and mix, so the
     * two figures compare the collectors for a throughput host.
     */
    @Benchmark
    @Threads(1)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
    public Determination single1ParallelGc(Engine e, Cursor c) {
        return e.determiner.determine(e.incidents[c.advance()], AS_OF);
    }

    /** {@link #batch1} on the parallel collector. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
    public List<Determination> batch1ParallelGc(Engine e, Cursor c) {
        return e.determiner.determineAll(c.batch(e.incidents), AS_OF);
    }

    /** {@code determineAll} of {@value #BATCH} incidents a call, one calling thread. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public List<Determination> batch1(Engine e, Cursor c) {
        return e.determiner.determineAll(c.batch(e.incidents), AS_OF);
    }

    /** {@code determineAll} of {@value #BATCH} incidents a call, two calling threads. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public List<Determination> batch2(Engine e, Cursor c) {
        return e.determiner.determineAll(c.batch(e.incidents), AS_OF);
    }

    /** The latency of one {@code determine}, two calling threads: percentiles in microseconds. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Determination latency2(Engine e, Cursor c) {
        return e.determiner.determine(e.incidents[c.advance()], AS_OF);
    }

    /**
     * {@code determine} with its what-ifs ({@code evaluate --what-if}), one thread: milliseconds per incident. The
     * what-if cost is this figure less {@link #single1}'s time per determination (1 / its throughput).
     */
    @Benchmark
    @Threads(1)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Determination whatIf1(Engine e, Cursor c) {
        return e.whatIf.determine(e.incidents[c.advance()], AS_OF);
    }

    /** A JSON line in, a JSON line out, one thread: what {@code evaluate --ndjson} does per incident, less I/O. */
    @Benchmark
    @Threads(1)
    public String jsonRoundTrip1(Engine e, Cursor c) {
        Incident incident = e.reader.read(e.json[c.advance()], AS_OF).incidents().get(0);
        return e.writer.write(e.determiner.determine(incident, AS_OF));
    }
}
