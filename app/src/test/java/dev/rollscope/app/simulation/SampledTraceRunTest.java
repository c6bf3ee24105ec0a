package dev.rollscope.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SimulationLimitException;
import java.nio.file.Path;
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

    @Test
    void aTraceThatDoesNotFitIsSampledAndStillPlayable() {
        ProjectRun run = SimulationPipeline.runNow(project, "roll D", new TraceRefusingRuns(2));

        assertThat(run.playable()).isTrue();
        assertThat(run.traceError()).isNull();
        assertThat(run.result().trace().every()).isEqualTo(10);
        assertThat(run.result().outcomes()).hasSize(2);
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
