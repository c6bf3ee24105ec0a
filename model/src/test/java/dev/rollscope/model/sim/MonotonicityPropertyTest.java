package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Raising a drain timeout, a grace period or a preStop, within the other limits, never turns an
 * OK request into a failure. "Within the other limits": the request stays alone (no other request
 * changes its routing), a MIG's maxSurge covers its size (so a longer drain cannot delay its next
 * VM), and a raised preStop still leaves the grace period room for the request
 * (terminationGracePeriod ≥ preStop + the request's whole time, domain.md §9.10). Outside these
 * limits the property is false, as {@link #longerDrainOnSurgeZeroMigLengthensTheGap} shows.
 */
class MonotonicityPropertyTest {

    private static final int CASES = 400;

    @Test
    void raisingDrainGraceOrPreStopNeverTurnsOkIntoFailure() {
        List<String> broken = new ArrayList<>();
        int okCases = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomChains gen = new RandomChains(seed);
            Topology t = gen.topology();
            Scenario s = gen.scenario(t);
            Outcome before = Fixtures.only(t, s);
            if (!before.ok()) {
                continue;
            }
            okCases++;
            long whole = before.end() - before.start();
            for (Topology raised : raises(t, gen, whole)) {
                Outcome after = Fixtures.only(raised, s);
                if (!after.ok()) {
                    broken.add("seed " + seed + ": " + after.failure());
                }
            }
        }
        assertThat(okCases).as("cases that start OK").isGreaterThan(CASES / 4);
        assertThat(broken).isEmpty();
    }

    /** Every hop's drain, grace and preStop raised one at a time, by a random amount. */
    private static List<Topology> raises(Topology t, RandomChains gen, long requestMillis) {
        List<Topology> out = new ArrayList<>();
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            TimeSpan more = gen.seconds(1, 60);
            raise(out, t, i, FrontSettings.DRAIN_TIMEOUT, more, TimeSpan.ofSeconds(3600));
            raise(out, t, i, LifecycleSettings.TERMINATION_GRACE_PERIOD, more, TimeSpan.NONE);
            if (h.platform() == Platform.GKE_DEPLOYMENT) {
                TimeSpan grace = h.get(LifecycleSettings.TERMINATION_GRACE_PERIOD);
                TimeSpan room = TimeSpan.ofMillis(Math.max(0, grace.millis() - requestMillis));
                raise(out, t, i, LifecycleSettings.PRE_STOP_SLEEP, more, room);
                raise(out, t, i, LifecycleSettings.KONG_QUIT_WAIT, more, room);
            }
        }
        return out;
    }

    private static void raise(List<Topology> out, Topology t, int i, Setting<TimeSpan> s, TimeSpan more,
                              TimeSpan limit) {
        Hop h = t.hops().get(i);
        if (!h.settings().has(s)) {
            return;
        }
        TimeSpan raised = h.get(s).plus(more);
        if (raised.compareTo(limit) <= 0) {
            out.add(t.withHop(i, h.with(s, raised)));
        }
    }

    /**
     * Outside the limits: a MIG of 1 VM with maxSurge 0 removes its VM first and creates the next
     * only when the old one is deleted, after its drain. Drain 0: the new VM is created at 0 and
     * healthy at 65 000, so a GET at 70 000 is served. Drain 30 s: created at 30 000, healthy at
     * 95 000, and the GET at 70 000 finds nothing to route to.
     */
    @Test
    void longerDrainOnSurgeZeroMigLengthensTheGap() {
        Hop a = Fixtures.nginx("A", 1).with(RolloutSettings.REPLACEMENT_METHOD, ReplacementMethod.RECREATE)
                .with(RolloutSettings.MAX_SURGE, Scale.count(0)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(1));
        Scenario s = Fixtures.scenario(List.of(Fixtures.roll("A", 0)), Fixtures.get("GET", 70_000, 100));

        Outcome shortDrain = Fixtures.only(Fixtures.chain(a, Fixtures.runtime("D", FrontKind.K8S_SERVICE, 1)), s);
        Outcome longDrain = Fixtures.only(Fixtures.chain(a.with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(30)),
                Fixtures.runtime("D", FrontKind.K8S_SERVICE, 1)), s);

        assertThat(shortDrain.ok()).isTrue();
        assertThat(longDrain.ok()).isFalse();
        assertThat(longDrain.failure().cause()).isEqualTo(Cause.NO_ROUTABLE_INSTANCE);
    }
}
