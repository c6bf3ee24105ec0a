package dev.rollscope.bench;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The danger search ({@link Sweep#run}: every start offset 100 ms apart and, at each, every route
 * through the disrupted hop) of the 50 MB POST of {@value #FILE}'s "roll D", with D at 1, 3, 10 and 30
 * pods. Runs from the repository's root (it reads the example).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DangerSearch {

    static final String FILE = "examples/abcd-zero-downtime.json";
    static final String REQUEST = "POST-50MB";
    static final TimeSpan STEP = TimeSpan.ofMillis(100);

    @Param({"1", "3", "10", "30"})
    int pods;
    Topology topology;
    Scenario scenario;

    @Setup
    public void read() throws ProjectFileException {
        Project p = ProjectFile.read(Path.of(FILE));
        scenario = p.scenarios().stream().filter(s -> s.name().equals("roll D")).findFirst().orElseThrow();
        topology = withPodsOfD(p.topology(), pods);
    }

    @Benchmark
    public SweepResult search() {
        return Sweep.run(topology, scenario, REQUEST, STEP);
    }

    static Topology withPodsOfD(Topology t, int pods) {
        int d = t.indexOf("D");
        return t.withHop(d, t.hops().get(d).withReplicas(pods));
    }
}
