package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.EngineInvariants;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The files of issue 20 (src/test/resources/engine-integrity, copied from shared/repros), each
 * valid, on which the engine lost a request or crashed. Each now runs to a verdict that keeps every
 * invariant of {@link EngineInvariants}, and the verdicts are the ones reasoned out below.
 */
class EngineIntegrityReprosTest {

    /**
     * MIG A (3 VMs; maxSurge 3 and maxUnavailable 3 by default, §7) gets two rollouts at 10 s. The
     * second supersedes the first (a MIG's new update replaces the one under way): it removes the
     * first one's new VMs, still starting, with the old ones, and brings up its own. Before: a
     * StackOverflowError. The one request (a GET at 0 s) is over in milliseconds, long before.
     */
    @Test
    void twoRolloutsOfOneMigEndOnTheNewestVersionWithinTheSurge() throws Exception {
        SimulationResult r = simulate("mig-two-rollouts.json", "");
        assertInvariants(r);
        assertThat(r.outcome("r").ok()).isTrue();
        List<InstanceInfo> a = r.instances().stream().filter(x -> x.hop() == 0).toList();
        List<InstanceInfo> alive = a.stream().filter(x -> lastState(x) != InstanceState.GONE).toList();
        assertThat(alive).hasSize(3).allSatisfy(x -> {
            assertThat(x.version()).as(x.id()).isEqualTo(3);
            assertThat(lastState(x)).as(x.id()).isEqualTo(InstanceState.READY);
        });
        // 3 old + at most 3 of the superseded version + 3 of the newest
        assertThat(a.size()).isBetween(6, 9);
        assertThat(peakLive(a)).isLessThanOrEqualTo(3 + 3);
    }

    /**
     * The same for a Deployment (3 pods; maxSurge 25% = 1, maxUnavailable 25% = 0, §6): before, the
     * two rollouts fought and created 17,291 pods in 6 s. Now the second supersedes the first
     * (rollover): at no moment more than 3 + 1 pods that are not terminating, and the 3 left are of
     * the newest version. Instances: 3 old, at most 1 of the superseded version, 3 newest.
     */
    @Test
    void twoRolloutsOfOneDeploymentRollOverWithinTheSurge() {
        Topology t = Fixtures.chain(Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
        Scenario s = Fixtures.scenario(List.of(Fixtures.roll("D", 10_000), Fixtures.roll("D", 10_000)),
                Fixtures.get("r", 0, 100));
        SimulationResult r = Simulator.run(t, s);
        assertInvariants(r);
        assertThat(r.instances().size()).isBetween(6, 7);
        assertThat(r.instances().stream().filter(x -> lastState(x) != InstanceState.GONE))
                .hasSize(3).allSatisfy(x -> assertThat(x.version()).isEqualTo(3));
        for (InstanceInfo x : r.instances()) {
            for (InstanceInfo.StateInterval i : x.intervals()) {
                long serving = r.instances().stream().map(y -> y.stateAt(i.from()))
                        .filter(st -> st == InstanceState.STARTING || st == InstanceState.LISTENING
                                || st == InstanceState.READY).count();
                assertThat(serving).as("pods not terminating at " + i.from()).isLessThanOrEqualTo(4);
            }
        }
    }

    /**
     * 1,000 pods on 1,000 nodes, one node drained after the other: each pod is evicted once and
     * recreated at once, so 2,000 pods in all, 1,000 left. Before: a StackOverflowError, each node's
     * end calling the next node's drain.
     */
    @Test
    void nodeUpgradeOverAThousandNodesEvictsEachPodOnce() throws Exception {
        SimulationResult r = simulate("node-upgrade-1000-nodes.json", "");
        assertInvariants(r);
        assertThat(r.outcome("r").ok()).isTrue();
        assertThat(r.instances()).hasSize(2000);
        for (int i = 0; i < 2000; i++) {
            InstanceInfo x = r.instances().get(i);
            assertThat(lastState(x)).as(x.id()).isEqualTo(i < 1000 ? InstanceState.GONE : InstanceState.READY);
        }
    }

    /**
     * Node upgrade of H0 and APP (3 pods each, default settings: no preStop, no PDB) at 5 s under
     * 20 GET/s. Every request gets exactly one outcome; before, read.465 ended with status 0 and
     * no cause (two requests shared one run after a cut finished a request twice). Requests over
     * before the upgrade all succeed (one still under way at 5 s may be cut); those that fail do so because pods stop while their fronts
     * still route to them (§8.1, no preStop) or are cut as they stop; at the end each hop has its 3
     * pods again.
     */
    @Test
    void nodeUpgradeUnderTrafficGivesEveryRequestOneOutcome() throws Exception {
        checkNodeUpgradeUnderTraffic("node-upgrade-traffic-lost-request.json", 20);
    }

    /** The same at 100 GET/s: before, a NullPointerException in Failures.release. */
    @Test
    void nodeUpgradeUnderHeavyTrafficDoesNotCrash() throws Exception {
        checkNodeUpgradeUnderTraffic("node-upgrade-traffic-engine-npe.json", 100);
    }

    private static void checkNodeUpgradeUnderTraffic(String file, int rate) throws Exception {
        SimulationResult r = simulate(file, "");
        assertInvariants(r);
        // a Poisson process at `rate` per second for 60 s: within 5 standard deviations of 60 * rate
        double mean = 60.0 * rate;
        assertThat((double) r.requests().size()).isBetween(mean - 5 * Math.sqrt(mean), mean + 5 * Math.sqrt(mean));
        Set<Cause> expected = EnumSet.of(Cause.ROUTED_TO_STOPPED, Cause.STOPPED_AT_ONCE, Cause.GRACE_PERIOD_EXPIRED,
                Cause.NO_ROUTABLE_INSTANCE);
        for (Outcome o : r.outcomes()) {
            if (o.end() < 5000) {
                assertThat(o.ok()).as(o.requestId()).isTrue();
            }
            if (!o.ok()) {
                assertThat(o.failure().cause()).as(o.requestId()).isIn(expected);
            }
        }
        assertThat(r.failedCount()).isPositive();
        for (int hop = 0; hop < 2; hop++) {
            int h = hop;
            assertThat(r.instances().stream().filter(x -> x.hop() == h && lastState(x) == InstanceState.READY))
                    .hasSize(3);
        }
    }

    /**
     * A request at 24 h + 1 ms, after the default horizon of 24 h: before, a NullPointerException
     * (it had no outcome). Now the file is refused where the request is, and with a horizon of
     * 25 h the request runs and succeeds.
     */
    @Test
    void aRequestAfterTheHorizonIsRefusedAtLoadAndRunsWithALongerHorizon() throws Exception {
        assertThatThrownBy(() -> ProjectFile.parse(text("start-after-24h.json"), "start-after-24h.json"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("start-after-24h.json:")
                .hasMessageContaining("$.scenarios[0]")
                .hasMessageContaining("request \"r\" starts at 86400001ms, not before the horizon 86400s");
        SimulationResult r = simulate("start-after-24h.json", "\"horizon\": \"25h\",");
        assertInvariants(r);
        assertThat(r.outcome("r").ok()).isTrue();
        assertThat(r.outcome("r").start()).isEqualTo(86_400_001L);
    }

    /** Simulates the file's only scenario; {@code extra} is inserted into the scenario's object. */
    static SimulationResult simulate(String file, String extra) throws Exception {
        String json = text(file).replaceFirst("\"name\": \"s\",", "\"name\": \"s\", " + extra);
        Project p = ProjectFile.parse(json, file);
        Scenario s = p.scenarios().get(0);
        return Simulator.run(p.topology(), s, SimulationOptions.full());
    }

    static String text(String file) throws IOException {
        try (InputStream in = EngineIntegrityReprosTest.class.getResourceAsStream("/engine-integrity/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertInvariants(SimulationResult r) {
        assertThat(EngineInvariants.violations(r)).isEmpty();
    }

    static InstanceState lastState(InstanceInfo x) {
        return x.intervals().get(x.intervals().size() - 1).state();
    }

    /** The most instances not yet gone at any moment. */
    private static int peakLive(List<InstanceInfo> xs) {
        int peak = 0;
        for (InstanceInfo x : xs) {
            for (InstanceInfo.StateInterval i : x.intervals()) {
                long t = i.from();
                int n = (int) xs.stream().filter(y -> y.stateAt(t) != null && y.stateAt(t) != InstanceState.GONE)
                        .count();
                peak = Math.max(peak, n);
            }
        }
        return peak;
    }
}
