package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Affinity does not replace drain" (domain.md §12): Kong in front of D, D graceful with a 40 s
 * request. The grace period (30 s by default) is shorter than the request: the grace-period check
 * finds it cut, and with Kong hashing on a header the affinity check adds that the pin does not
 * change that. With a grace of 60 s nothing is cut and nothing is said of affinity.
 */
class AffinityChecksTest {

    private static Topology chain(KongHashOn hashOn, long graceSeconds) {
        Hop c = Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2)
                .with(FrontSettings.HASH_ON, hashOn)
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(graceSeconds));
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(c, d), Layout.EMPTY);
    }

    private static final Scenario ROLL_D = new Scenario("roll D", "", List.of(new RollOut("D", TimeSpan.ZERO)),
            List.of(new RequestSpec("POST", "POST", ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null, null,
                    TimeSpan.ZERO, TimeSpan.ofSeconds(40), null)), null, 1);

    @Test
    void aPinningFrontIsToldItsAffinityDoesNotSaveWhatTheGracePeriodCuts() {
        List<Finding> findings = Checks.run(chain(KongHashOn.HEADER, 30), ROLL_D);

        assertThat(findings).extracting(AffinityChecksTest::at).contains("D grace-period", "D affinity-not-drain");
        Finding f = findings.stream().filter(x -> x.check().equals("affinity-not-drain")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.hop()).isEqualTo("D");
        assertThat(f.message(Locale.ENGLISH)).startsWith("D's front pins clients (hashOn HEADER)")
                .contains("(grace-period, above)");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("亲和性不能代替连接排空");
        assertThat(f.fixes()).isEmpty();
    }

    @Test
    void noPinOrNoCutSaysNothingOfAffinity() {
        assertThat(Checks.run(chain(KongHashOn.NONE, 30), ROLL_D)).extracting(AffinityChecksTest::at)
                .contains("D grace-period").doesNotContain("D affinity-not-drain");
        assertThat(Checks.run(chain(KongHashOn.HEADER, 60), ROLL_D)).extracting(AffinityChecksTest::at)
                .doesNotContain("D grace-period", "D affinity-not-drain");
    }

    private static String at(Finding f) {
        return f.hop() + " " + f.check();
    }
}
