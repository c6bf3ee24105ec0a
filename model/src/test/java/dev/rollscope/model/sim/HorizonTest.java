package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.EngineInvariants;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The horizon is a rule of the scenario: what is still under way then says so. */
class HorizonTest {

    private static final Topology D = Fixtures.chain(Fixtures.runtime("D", FrontKind.K8S_SERVICE, 1));

    /**
     * D alone (no timeout in front of it), a GET sent at 2 s that D takes 20 s to answer, horizon
     * 10 s: at 10 s the request is at D, still waiting, so it ends there as "still running at the
     * horizon", status none; the GET at 0 s taking 1 s is OK.
     */
    @Test
    void aRequestStillUnderWayAtTheHorizonEndsThereSayingSo() {
        Scenario s = Fixtures.scenario(List.of(), Fixtures.get("slow", 2_000, 20_000), Fixtures.get("quick", 0, 1_000))
                .withHorizon(TimeSpan.ofSeconds(10));
        SimulationResult r = Simulator.run(D, s);
        assertThat(EngineInvariants.violations(r)).isEmpty();
        assertThat(r.outcome("quick").ok()).isTrue();
        Outcome slow = r.outcome("slow");
        assertThat(slow.ok()).isFalse();
        assertThat(slow.end()).isEqualTo(10_000);
        assertThat(slow.statusText()).isEqualTo("none");
        assertThat(slow.failure().cause()).isEqualTo(Cause.HORIZON_REACHED);
        assertThat(slow.failure().hop()).isEqualTo("D");
        assertThat(Explanation.of(slow.failure(), Locale.ENGLISH).summary())
                .isEqualTo("Still running at the horizon (10 s)");
        assertThat(Explanation.of(slow.failure(), Locale.ENGLISH).why()).contains("starting at 2 s");
        assertThat(Explanation.of(slow.failure(), Locale.SIMPLIFIED_CHINESE).summary())
                .isEqualTo("到达时间上限（10 s）时仍在进行");
    }

    /** With the default horizon of 24 h the same slow request is OK: the rule only bites at the horizon. */
    @Test
    void theDefaultHorizonIs24Hours() {
        Scenario s = Fixtures.scenario(List.of(), Fixtures.get("slow", 2_000, 20_000));
        assertThat(s.horizon()).isEqualTo(TimeSpan.ofSeconds(86_400));
        assertThat(Simulator.run(D, s).outcome("slow").ok()).isTrue();
    }

    /**
     * A sweep in steps of 25 h moves the scenario (and the request) past 24 h: the horizon moves
     * with them (before: a NullPointerException), so every offset is simulated. The GET at D alone
     * takes 100 ms, so the sweep starts one step (25 h) before the roll and ends one step after.
     */
    @Test
    void aSweepInStepsLongerThanTheHorizonMovesTheHorizonWithIt() {
        Scenario s = Fixtures.scenario(List.of(Fixtures.roll("D", 1_000)), Fixtures.get("r", 0, 100));
        SweepResult r = Sweep.run(D, s, "r", TimeSpan.ofSeconds(25 * 3600));
        assertThat(r.points()).hasSize(3);
    }

    @Test
    void theHorizonIsReadAndWrittenAndLeftOutWhenItIsTheDefault() throws Exception {
        Scenario s = Fixtures.scenario(List.of(), Fixtures.get("r", 0, 100));
        Project p = new Project(D, List.of(s.withHorizon(TimeSpan.ofSeconds(90))));
        String text = ProjectFile.format(p);
        assertThat(text).contains("\"horizon\": \"90s\"");
        assertThat(ProjectFile.parse(text, "t.json").scenarios().get(0).horizon()).isEqualTo(TimeSpan.ofSeconds(90));
        assertThat(ProjectFile.format(new Project(D, List.of(s)))).doesNotContain("horizon");
    }

    @Test
    void aHorizonOutsideOneSecondToThirtyDaysIsRefused() {
        Scenario s = Fixtures.scenario(List.of(), Fixtures.get("r", 0, 100));
        assertThatThrownBy(() -> s.withHorizon(TimeSpan.ofMillis(999)))
                .hasMessageContaining("horizon must be 1s to 2592000s, not 999ms");
        assertThatThrownBy(() -> s.withHorizon(TimeSpan.NONE)).hasMessageContaining("not none");
    }
}
