package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks and the simulation tell the same story on the examples (issue 4's agreement). */
class ChecksAgreementTest {

    private static Project load(String file) throws Exception {
        return ProjectFile.read(Path.of("..", "examples", file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"failure-body-limit.json", "failure-gfe-timeout.json", "failure-drain-off.json",
        "failure-drain-too-short.json", "failure-mig-emptied.json", "failure-no-prestop.json", "failure-kong-quit.json",
        "failure-read-timeout.json", "failure-pooled-connections.json", "failure-no-buffering.json"})
    void everySettingASimulatedFailureBlamesIsNamedByAnErrorFinding(String file) throws Exception {
        Project p = load(file);
        Scenario s = p.scenarios().get(0);
        SimulationResult r = Simulator.run(p.topology(), s);
        List<Finding> errors = Checks.run(p.topology(), s).stream().filter(f -> f.severity() == Severity.ERROR).toList();

        assertThat(r.failedCount()).isPositive();
        for (Outcome o : r.outcomes()) {
            if (!o.ok()) {
                for (SettingChange fix : o.failure().fixes()) {
                    assertThat(errors).as(fix + " named by an error").anyMatch(f -> f.names(fix.hop(), fix.setting()));
                }
            }
        }
    }

    @Test
    void zeroDowntimeChainHasNoFindingAndNoFailure() throws Exception {
        Project p = load("abcd-zero-downtime.json");

        for (Scenario s : p.scenarios()) {
            assertThat(Checks.run(p.topology(), s)).as(s.name()).isEmpty();
            assertThat(Simulator.run(p.topology(), s).allOk()).as(s.name()).isTrue();
        }
    }
}
