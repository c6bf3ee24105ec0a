package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The blue/green checks (domain.md §14) on both sides of their boundary. The request of
 * {@link ChecksBoundaryTest}: a 1 MB POST (upload 800 ms at 10 Mbit/s, 8 ms per internal hand-off),
 * 10 s of processing, a 1 kB answer (1 ms): T_req(A) = 800 + 8 + 10 000 + 1 = 10 809 ms,
 * T_req(D) = 8 + 10 000 + 1 = 10 009 ms.
 */
class BlueGreenChecksTest {

    private static Hop a() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
    }

    /** Behind a Service: propagation 1 s; the app exits at once on SIGTERM, no preStop (defaults). */
    private static Hop d() {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
    }

    private static List<Finding> findings(Topology t, BlueGreen.Method method, String hop) {
        Scenario s = new Scenario("s", "", List.of(new BlueGreen(method, hop, TimeSpan.ZERO)),
                List.of(ChecksBoundaryTest.POST), null, 1);
        return Checks.run(t, s).stream().filter(f -> f.check().startsWith("detach") || f.check().startsWith("scale-down")).toList();
    }

    /** Detaching must wait T_req(A) = 10 809 ms after the weight change. */
    @Test
    void detachDelayAgainstTheRequestsTimeAtA() {
        List<Finding> short1 = findings(ChecksBoundaryTest.ad(a().with(RolloutSettings.DETACH_DELAY, TimeSpan.ofMillis(10_808)), d()),
                BlueGreen.Method.URL_MAP, "A");
        List<Finding> enough = findings(ChecksBoundaryTest.ad(a().with(RolloutSettings.DETACH_DELAY, TimeSpan.ofMillis(10_809)), d()),
                BlueGreen.Method.URL_MAP, "A");

        assertThat(short1).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("detach-delay");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fixes()).containsExactly(new SettingChange("A", "rollout.detachDelay", "11s"));
        });
        assertThat(enough).isEmpty();
    }

    /** Blue D must live 1 000 (propagation) + 10 009 = 11 009 ms after the switch. */
    @Test
    void scaleDownDelayAgainstPropagationPlusTheRequestsTimeAtD() {
        List<Finding> short1 = findings(ChecksBoundaryTest.ad(a(), d().with(RolloutSettings.SCALE_DOWN_DELAY, TimeSpan.ofMillis(11_008))),
                BlueGreen.Method.SELECTOR, "D");
        List<Finding> enough = findings(ChecksBoundaryTest.ad(a(), d().with(RolloutSettings.SCALE_DOWN_DELAY, TimeSpan.ofMillis(11_009))),
                BlueGreen.Method.SELECTOR, "D");

        assertThat(short1).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("scale-down-delay");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fixes()).containsExactly(new SettingChange("D", "rollout.scaleDownDelay", "12s"));
            assertThat(f.message(Locale.ENGLISH)).contains("for 1 s", "needs 10.009 s", "must live 11.009 s",
                    "deleted after 11.008 s");
        });
        assertThat(enough).isEmpty();
    }

    /**
     * A pod that exits at once still serves through its preStop: delay 10 009 + preStop 1 000 covers
     * 11 009, but only thanks to the stop: a warning. A graceful pod serves until its grace period
     * (30 s) ends: 10 009 + 30 000 covers it: a warning too. With a grace period of 1 ms the graceful pod is killed
     * at 10 010 < 11 009: an error.
     */
    @Test
    void aStopThatStillCoversOnlyWarns() {
        Hop delayed = d().with(RolloutSettings.SCALE_DOWN_DELAY, TimeSpan.ofMillis(10_009));

        assertThat(findings(ChecksBoundaryTest.ad(a(), delayed.with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(1))),
                BlueGreen.Method.SELECTOR, "D")).singleElement()
                .satisfies(f -> assertThat(f.check() + " " + f.severity()).isEqualTo("scale-down-relies-on-stop WARNING"));
        assertThat(findings(ChecksBoundaryTest.ad(a(), delayed.with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)),
                BlueGreen.Method.SELECTOR, "D")).singleElement()
                .satisfies(f -> assertThat(f.check() + " " + f.severity()).isEqualTo("scale-down-relies-on-stop WARNING"));
        assertThat(findings(ChecksBoundaryTest.ad(a(), delayed.with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofMillis(1))), BlueGreen.Method.SELECTOR, "D"))
                .singleElement().satisfies(f -> assertThat(f.check() + " " + f.severity())
                        .isEqualTo("scale-down-delay ERROR"));
    }
}
