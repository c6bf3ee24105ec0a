package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/remedy-blue-green.json tells what its descriptions say: the rolling update cuts the
 * 50 MB POST, blue/green by the Service's selector keeps it, blue/green by URL map weights without
 * a wait cuts it; and the static checks agree.
 */
class RemedyBlueGreenExampleTest {

    private static Project load() throws Exception {
        return ProjectFile.read(Path.of("..", "examples", "remedy-blue-green.json"));
    }

    private static List<Finding> errors(Project p, Scenario s) {
        return Checks.run(p.topology(), s).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** D.2 is deleted at 60 s, preStop 10 s, graceful, killed at 60 + 30 = 90 s; the POST needs until 105 s. */
    @Test
    void theRollingUpdateCutsThePost() throws Exception {
        Project p = load();
        Outcome o = Simulator.run(p.topology(), p.scenarios().get(0)).outcome("POST-50MB");

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(o.end()).isEqualTo(90_000);
    }

    /**
     * Green ready at 55 + 10 = 65 s, switch then; the POST stays on its blue pod and ends at 60 s +
     * 40 s of upload + 5 s of processing = 105 s (and 1 ms for its answer); blue deleted at 125 s.
     * The checks find no blue/green error: 60 s ≥ 3 s + 45.001 s.
     */
    @Test
    void blueGreenBySelectorKeepsIt() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(1);
        SimulationResult r = Simulator.run(p.topology(), s);

        assertThat(r.allOk()).isTrue();
        assertThat(r.outcome("POST-50MB").end()).isEqualTo(105_001);
        assertThat(errors(p, s)).isEmpty();
    }

    /**
     * Green A healthy at 65 s: weight 0 and detach at once; the POST, on blue A.2 since 60 s, is cut
     * at 65 s. It needed until 105.001 s: 40.001 s after the change, so 41 s fixes it; the check's
     * error names the same setting.
     */
    @Test
    void blueGreenByUrlMapWithoutAWaitCutsIt() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(2);
        Outcome o = Simulator.run(p.topology(), s).outcome("POST-50MB");

        assertThat(o.failure().cause()).isEqualTo(Cause.BACKEND_DETACHED);
        assertThat(o.end()).isEqualTo(65_000);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "rollout.detachDelay", "41s"));
        assertThat(Simulator.run(Fixtures.applyFixes(p.topology(), o.failure()), s).allOk()).isTrue();
        assertThat(errors(p, s)).anyMatch(f -> f.names("A", "rollout.detachDelay"));
    }
}
