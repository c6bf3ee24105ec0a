package dev.rollscope.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario whose full trace does not fit is played from a sampled trace, not refused: the runs
 * below stand for a heap too small for the full trace (it throws the model's limit), or for any trace.
 */
class SampledTraceRunTest {

    private final Project project = read();

    private static Project read() {
        try {
            return ProjectFile.read(Path.of("..", "examples", "abcd-defaults.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The model's runs, refusing every full-detail trace of one request in fewer than {@code least}. */
    private static SimulationRuns tracingAtMostOneIn(int least) {
        return new SimulationRuns() {
            @Override
            public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options) {
                if (options.detail() == SimulationOptions.Detail.FULL && options.traceEvery() < least) {
                    throw new SimulationLimitException("trace too big");
                }
                return MODEL.simulate(topology, scenario, options);
            }

            @Override
            public List<Finding> check(Topology topology, Scenario scenario) {
                return MODEL.check(topology, scenario);
            }

            @Override
            public SweepResult sweep(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
                return MODEL.sweep(topology, scenario, requestId, step);
            }
        };
    }

    @Test
    void aTraceThatDoesNotFitIsSampledAndStillPlayable() {
        ProjectRun run = SimulationPipeline.runNow(project, "roll D", tracingAtMostOneIn(2));

        assertThat(run.playable()).isTrue();
        assertThat(run.traceError()).isNull();
        assertThat(run.result().trace().every()).isEqualTo(10);
        assertThat(run.result().outcomes()).hasSize(2);
    }

    @Test
    void whenNoTraceFitsTheVerdictsStillComeWithoutOne() {
        ProjectRun run = SimulationPipeline.runNow(project, "roll D", tracingAtMostOneIn(Integer.MAX_VALUE));

        assertThat(run.playable()).isFalse();
        assertThat(run.traceError()).isInstanceOf(SimulationLimitException.class);
        assertThat(run.ran()).isTrue();
        assertThat(run.error()).isNull();
    }
}
