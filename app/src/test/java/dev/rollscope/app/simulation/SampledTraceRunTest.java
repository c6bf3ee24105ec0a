package dev.rollscope.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario whose full trace does not fit is run without a trace, for its verdicts, and no sampled
 * trace is simulated unasked (the Play view offers one, {@link TraceOffer}): the runs below stand for a
 * heap too small for the full trace (it throws the model's limit), or for any trace.
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

    @Test
    void aTraceThatDoesNotFitIsNotSampledUnaskedButTheVerdictsCome() {
        List<SimulationOptions> asked = new ArrayList<>();
        ProjectRun run = SimulationPipeline.runNow(project, "roll D", new TraceRefusingRuns(2) {
            @Override
            public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions options) {
                asked.add(options);
                return super.simulate(topology, scenario, options);
            }
        });

        assertThat(run.playable()).isFalse();
        assertThat(run.traceTooBig()).isTrue();
        assertThat(run.result().outcomes()).hasSize(2);
        assertThat(asked).extracting(SimulationOptions::detail)
                .containsExactly(SimulationOptions.Detail.FULL, SimulationOptions.Detail.OUTCOMES);
        assertThat(asked.get(0).traceEvery()).isEqualTo(1);
    }

    @Test
    void whenNoTraceFitsTheVerdictsStillComeWithoutOne() {
        ProjectRun run = SimulationPipeline.runNow(project, "roll D", new TraceRefusingRuns(Integer.MAX_VALUE));

        assertThat(run.playable()).isFalse();
        assertThat(run.traceError()).isInstanceOf(SimulationLimitException.class);
        assertThat(run.ran()).isTrue();
        assertThat(run.error()).isNull();
    }
}
