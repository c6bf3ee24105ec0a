package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Routing blind spots: the danger search must find every failure that a brute force finds. The
 * brute force is independent of the search's route choices: one scenario with the request sent
 * every step (dense traffic, every request routed by the fronts themselves, pools warmed by the
 * others), whose failures must each lie in a window of the same cause, hop and instance.
 */
class RoutingBlindSpotsTest {

    private static final long STEP = 100;
    private static final long ROLL_AT = 60_000;

    /**
     * abcd-defaults with the upload let through (A's body limit 100 MB, the GFE's budget 300 s),
     * so that a 50 MB POST meets the roll instead of failing regardless, and n instances per hop.
     */
    private static Topology chain(int n) throws Exception {
        Topology t = ProjectFile.read(Path.of("../examples/abcd-defaults.json")).topology();
        for (int i = 0; i < t.hops().size(); i++) {
            t = t.withHop(i, t.hops().get(i).withReplicas(n));
        }
        int a = t.indexOf("A");
        return t.withHop(a, t.hops().get(a).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300)));
    }

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String hop : List.of("A", "B", "C", "D")) {
            for (int n = 1; n <= 4; n++) {
                out.add(Arguments.of(hop, n, "GET"));
                out.add(Arguments.of(hop, n, "POST"));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "roll {0}, {1} per hop, {2}")
    @MethodSource("cases")
    void everyFailureOfDenseTrafficLiesInAWindow(String hop, int n, String method) throws Exception {
        Topology t = chain(n);
        RequestSpec probe = method.equals("GET") ? RequestSpec.get("R", TimeSpan.ZERO)
                : RequestSpec.post("R", ByteSize.ofMegabytes(50), TimeSpan.ZERO);
        Scenario one = new Scenario("s", "", List.of(new RollOut(hop, TimeSpan.ofMillis(ROLL_AT))),
                List.of(probe.withStart(TimeSpan.ofMillis(ROLL_AT))), null, 7);
        SweepResult sweep = Sweep.run(t, one, "R", TimeSpan.ofMillis(STEP));

        List<RequestSpec> dense = new ArrayList<>();
        for (long o = sweep.firstOffset(); o <= sweep.lastOffset(); o += STEP) {
            if (ROLL_AT + o >= 0) {
                dense.add(probe.withId("R" + dense.size()).withStart(TimeSpan.ofMillis(ROLL_AT + o)));
            }
        }
        SimulationResult brute = Simulator.run(t, one.withRequests(dense), SimulationOptions.outcomesOnly());
        int failures = 0;
        for (Outcome o : brute.outcomes()) {
            if (!o.ok()) {
                failures++;
                assertThat(covered(sweep, o.start() - ROLL_AT, o.failure()))
                        .as("%s at offset %d ms: %s %s at %s (%s) in no window of %s", o.requestId(),
                                o.start() - ROLL_AT, o.statusText(), o.failure().cause(), o.failure().hop(),
                                o.failure().instance(), windows(sweep))
                        .isTrue();
            }
        }
        System.out.printf("roll %s, %d per hop, %s: %d dense failures, %d windows, %d routes over %d offsets%n",
                hop, n, method, failures, sweep.windows().size(), sweep.routesWalked(), sweep.points().size());
    }

    private static boolean covered(SweepResult sweep, long offset, Failure f) {
        if (!sweep.undisturbed().ok() && sweep.undisturbed().failure().cause() == f.cause()
                && sweep.undisturbed().failure().hop().equals(f.hop())) {
            return true;
        }
        return sweep.windows().stream().anyMatch(w -> w.from() <= offset && offset <= w.to()
                && w.cause() == f.cause() && w.hop().equals(f.hop())
                && (f.instance().isEmpty() || w.instances().contains(f.instance())));
    }

    private static List<String> windows(SweepResult r) {
        return r.windows().stream().map(w -> w.text("R", r.disruptionText(Locale.ENGLISH), Locale.ENGLISH)).toList();
    }

    /**
     * The first case of issue 12: abcd-defaults with B's MIG at maxUnavailable 0 and its ILB's
     * drain at the default 0 s, B rolled at 10 s. B's three new VMs (maxSurge = 3 zones) listen at
     * 70 000 (60 s boot) and pass the health check (every 5 s from 10 000, 2 in a row) at 75 000;
     * then the three old VMs are removed at once, with no drain: the ILB stops forwarding their
     * flows at 75 000, and each VM's nginx gets QUIT, then TERM 5 s later (the Debian unit) at
     * 80 000, which resets what is still open. A GET (100 ms of processing) sent at 74 900 has its
     * answer under way at 75 000: a truncated 200; one sent at 74 920 to 74 980 is still waiting:
     * 502. Either lands on whichever old VM the ILB hashed it to: the sweep must name all three.
     * Before the search covered routing, each offset went where the seed sent it, and this sweep
     * found no window.
     */
    @Test
    void aRollOfBWithNoDrainCutsTheGetsInFlightOnEveryOldVm() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        int b = p.topology().indexOf("B");
        Topology t = p.topology().withHop(b, p.topology().hops().get(b)
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0)));
        Scenario roll = p.scenarios().stream().filter(s -> s.name().equals("roll B")).findFirst().orElseThrow();

        SweepResult coarse = Sweep.run(t, roll, "GET", TimeSpan.ofMillis(100));
        SweepResult fine = Sweep.run(t, roll, "GET", TimeSpan.ofMillis(20));

        assertThat(coarse.windows()).hasSize(1);
        DangerWindow w = coarse.windows().get(0);
        assertThat(w.from()).isEqualTo(64_900);
        assertThat(w.to()).isEqualTo(64_900);
        assertThat(w.cause()).isEqualTo(Cause.DRAIN_ENDED);
        assertThat(w.instances()).containsExactlyInAnyOrder("B.1", "B.2", "B.3");
        assertThat(w.failure().time()).isEqualTo(80_000);
        assertThat(w.failure().stall().since()).isEqualTo(75_000);
        assertThat(w.text("GET", coarse.disruptionText(Locale.ENGLISH), Locale.ENGLISH)).isEqualTo(
                "GET fails with 200 truncated at B (drain ended) when it starts at 64.9 s after the roll of B "
                        + "begins and lands on B.1 or B.2 or B.3");
        assertThat(fine.windows()).hasSize(1);
        assertThat(fine.windows().get(0).from()).isEqualTo(64_900);
        assertThat(fine.windows().get(0).to()).isEqualTo(64_980);
        assertThat(fine.windows().get(0).statuses()).containsExactly("200 truncated", "502");
    }

    /**
     * The second case of issue 12: a roll of D with three pods, a POST processing for 5 s on one.
     * Each old pod in turn is deleted and exits at once on SIGTERM (no handler, no preStop), so a
     * POST on it is cut: the sweep names D.1, D.2 and D.3, and adding other requests to the
     * scenario changes nothing.
     */
    @Test
    void aRollOfDWithThreePodsNamesEveryPodWhateverTheOtherRequests() throws Exception {
        Topology t = chain(3);
        RequestSpec post = new RequestSpec("POST", "POST", ByteSize.ofBytes(2_000), ByteSize.ofBytes(1_000), null,
                null, TimeSpan.ofSeconds(45), TimeSpan.ofSeconds(5), null);
        Scenario alone = new Scenario("s", "", List.of(new RollOut("D", TimeSpan.ofSeconds(40))), List.of(post),
                null, 1);
        List<RequestSpec> crowd = new ArrayList<>(List.of(post));
        for (int i = 0; i < 12; i++) {
            crowd.add(RequestSpec.get("G" + i, TimeSpan.ofMillis(41_000 + 2_345L * i)));
        }

        SweepResult a = Sweep.run(t, alone, "POST", TimeSpan.ofMillis(STEP));
        SweepResult b = Sweep.run(t, alone.withRequests(crowd), "POST", TimeSpan.ofMillis(STEP));

        assertThat(a.windows()).extracting(DangerWindow::instances).flatExtracting(x -> x)
                .contains("D.1", "D.2", "D.3");
        assertThat(windows(b)).isEqualTo(windows(a));
    }
}
