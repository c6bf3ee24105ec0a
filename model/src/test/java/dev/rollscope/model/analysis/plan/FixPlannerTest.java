package dev.rollscope.model.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.RandomChains;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FixPlannerTest {

    private static final TimeSpan STEP = TimeSpan.ofMillis(100);

    /**
     * Issue 12's third case: a 70 s request behind Kong whose read_timeout is 50 s, A's
     * proxy_read_timeout at its 60 s default. Undisturbed, Kong gives up at 50 s: 504 READ_TIMEOUT,
     * regardless of the roll. The fix raises every read timeout the wait outlasts (§9.4): Kong's to
     * 71 s (70 000 ms of processing plus the 1 kB on the way in, plus a second, in whole seconds)
     * and A's likewise, so A's 60 s does not answer 504 next. Then the roll of D (one pod, surge 1,
     * graceful, preStop 5 s): the old pod is deleted once the new one is ready and killed 30 s
     * later (terminationGracePeriod), which cuts a 70 s request on it. The failing offsets first ask
     * for 31 s only: a GET cut before its answer starts is retried on the new pod, and then fails at
     * A (71 s per read) instead, so the neediest offsets hide behind another cause. The grace comes
     * back, and the planner searches it: Kong routes to the deleted pod for 3 s (KIC sync), so a
     * request arriving up to 2.9 s after deletion (the last offset of the 100 ms grid) needs the pod
     * until 72.9 s after it, plus 1 kB: 73 s clears every offset tried, and one more step of margin
     * rounds up to 74 s. Then nothing fails.
     */
    @Test
    void aLongRequestGetsEveryReadTimeoutAndThenTheGracePeriod() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop c = Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(50));
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 1)
                .with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0))
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
        Topology t = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, c, d), Layout.EMPTY);
        RequestSpec slow = new RequestSpec("SLOW", "GET", ByteSize.ZERO, ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofSeconds(20), TimeSpan.ofSeconds(70), null);
        Scenario s = new Scenario("s", "", List.of(new RollOut("D", TimeSpan.ofSeconds(10))), List.of(slow), null, 1);

        SweepResult first = Sweep.run(t, s, "SLOW", STEP);
        FixPlan plan = FixPlanner.plan(t, slow, FixPlanner.sweeping(s, "SLOW", STEP), Found.of(first), STEP);

        assertThat(first.undisturbed().failure().cause()).isEqualTo(Cause.READ_TIMEOUT);
        assertThat(plan.verified()).isTrue();
        assertThat(plan.steps()).extracting(st -> st.because().cause())
                .containsExactly(Cause.READ_TIMEOUT, Cause.GRACE_PERIOD_EXPIRED, Cause.GRACE_PERIOD_EXPIRED);
        assertThat(plan.steps()).extracting(PlanStep::searched).containsExactly(false, false, true);
        assertThat(plan.changes()).containsExactly(
                new SettingChange("A", "proxy.upstreamReadTimeout", "71s"),
                new SettingChange("C", "proxy.upstreamReadTimeout", "71s"),
                new SettingChange("D", "lifecycle.terminationGracePeriod", "74s"));
        assertThat(plan.lines(Locale.ENGLISH).get(plan.lines(Locale.ENGLISH).size() - 1))
                .isEqualTo("Verified: with these changes it survives at every start offset and routing choice.");
        assertThat(Sweep.run(SettingChanges.apply(t, plan.changes()), s, "SLOW", STEP).safe()).isTrue();
    }

    /**
     * Over random chains and scenarios: every plan marked verified is verified again from scratch
     * (its changes applied to the original topology, the danger search run anew, nothing found),
     * and a plan not verified says what still fails.
     */
    @Test
    void everyVerifiedPlanIsVerifiedAgainFromScratch() {
        int verified = 0;
        int unverified = 0;
        for (long seed = 0; seed < 40; seed++) {
            RandomChains random = new RandomChains(seed);
            Topology t = random.topology();
            Scenario s = random.scenario(t);
            SweepResult first = Sweep.run(t, s, "R", TimeSpan.ofSeconds(1));
            FixPlan plan = FixPlanner.plan(t, s.request("R").orElseThrow(), FixPlanner.sweeping(s, "R", TimeSpan.ofSeconds(1)),
                    Found.of(first), TimeSpan.ofSeconds(1));
            if (plan.verified()) {
                verified++;
                SweepResult again = Sweep.run(SettingChanges.apply(t, plan.changes()), s, "R", TimeSpan.ofSeconds(1));
                assertThat(again.safe()).as("seed %d: plan %s", seed, plan.changes()).isTrue();
            } else {
                unverified++;
                assertThat(plan.last().safe()).as("seed %d", seed).isFalse();
                String last = plan.lines(Locale.ENGLISH).get(plan.lines(Locale.ENGLISH).size() - 1);
                if (plan.end() == FixPlan.End.NO_SETTING) {
                    // what still fails asks for no change: the words say so, and give its remedy
                    assertThat(plan.last().failures()).as("seed %d", seed).allMatch(f -> f.fixes().isEmpty());
                    assertThat(last).startsWith("No plan found: Rollscope knows no setting change to try for what still fails: ")
                            .contains(". What helps: ");
                } else {
                    assertThat(last).startsWith("No plan found").contains("; still failing: ");
                }
            }
        }
        System.out.printf("fix plans over 40 random chains: %d verified, %d not%n", verified, unverified);
        assertThat(verified).isGreaterThan(0);
    }
}
