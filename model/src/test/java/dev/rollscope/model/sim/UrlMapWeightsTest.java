package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.crash;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.RouteSearch;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A URL map switch with weights that leave blue a share: a 90/10 canary (domain.md §14, share =
 * weight / sum, new requests only). A (1 VM behind the GFE) in front of D: green A.2 is created at 0
 * and healthy at 65 000, when the weights apply; the default detach delay is 0 s.
 */
class UrlMapWeightsTest {

    private static final BlueGreen CANARY = new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ZERO,
            new BlueGreen.Weights(90, 10));

    private static Topology aThenD() {
        return chain(nginx("A", 1), runtime("D", FrontKind.K8S_SERVICE, 1));
    }

    /**
     * Ten GETs from 70 000, 100 ms apart, each done long before the next. Smooth weighted round
     * robin with 90/10: before pick k blue has credit 100 − 10k and green 10k, so green first wins
     * at k = 6: exactly the sixth GET goes to A.2, the other nine to A.1. Blue keeps its weight, so
     * it is never detached: A.1 is still ready at the end, and no request fails.
     */
    @Test
    void newRequestsSplitByWeightAndBlueIsNotDetached() {
        List<RequestSpec> gets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            gets.add(get("GET" + i, 70_000 + 100L * i, 10));
        }
        SimulationResult r = Simulator.run(aThenD(), new Scenario("canary", "", List.of(CANARY), gets, null, 1),
                SimulationOptions.full());

        assertThat(r.outcomes()).allMatch(Outcome::ok);
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            served.add(servedBy(r, i, 2));
        }
        assertThat(served).containsExactly("A.1", "A.1", "A.1", "A.1", "A.1", "A.2", "A.1", "A.1", "A.1", "A.1");
        InstanceInfo a1 = r.instances().stream().filter(i -> i.id().equals("A.1")).findFirst().orElseThrow();
        assertThat(a1.stateAt(r.scenario().horizon().millis() - 1)).isEqualTo(InstanceState.READY);
    }

    /**
     * A bad canary: green A.2 (the second live A instance) crashes at 75 000 under a GET sent at
     * 70 000 that D answers after 10 s. The GFE's own pick for that GET is blue (the first pick of
     * 90/10), so the plain simulation sees it succeed; the danger search walks both sides at A,
     * finds the route through A.2 failing, and calls the GET unsafe.
     */
    @Test
    void theSearchWalksBothSidesOfTheSplit() {
        Scenario s = scenario(List.of(CANARY, crash("A", 1, 75_000)), get("GET", 70_000, 10_000));

        Outcome sampled = Simulator.run(aThenD(), s).outcomes().get(0);
        List<RoutedOutcome> routes = new RouteSearch(aThenD(), RouteSearch.disruptedHops(s), true).explore(s, 0)
                .outcomes();

        assertThat(sampled.ok()).isTrue();
        assertThat(routes).extracting(RoutedOutcome::route).containsExactlyInAnyOrder("A.1", "A.2");
        assertThat(routes).filteredOn(o -> o.route().equals("A.2")).singleElement()
                .satisfies(o -> assertThat(o.outcome().failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED));
        assertThat(SafetySearch.of(aThenD(), s, "GET", TimeSpan.ofSeconds(1)).orElseThrow().safe()).isFalse();
    }

    /** With the whole switch (blue weight 0) only green takes new requests: the search has one route. */
    @Test
    void theWholeSwitchLeavesOneRoute() {
        BlueGreen whole = new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ZERO);
        Scenario s = scenario(List.of(whole), get("GET", 70_000, 10));

        List<RoutedOutcome> routes = new RouteSearch(aThenD(), Set.of("A"), false).explore(s, 0).outcomes();

        assertThat(routes).extracting(RoutedOutcome::route).containsExactly("A.2");
    }

    /** A canary is never detached: the detach check is silent for it, and speaks for the whole switch. */
    @Test
    void theDetachCheckSpeaksOnlyForTheWholeSwitch() {
        RequestSpec post = Fixtures.post("POST", 1_000_000, 0, 10_000);
        BlueGreen whole = new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ZERO);

        assertThat(Checks.run(aThenD(), scenario(List.of(CANARY), post))).extracting(Finding::check)
                .doesNotContain("detach-delay");
        assertThat(Checks.run(aThenD(), scenario(List.of(whole), post))).extracting(Finding::check)
                .contains("detach-delay");
    }

    /**
     * examples/remedy-blue-green.json, "canary A 90/10": the POST on old A.2 since 60 s ends at
     * 105.001 s as without a switch; the GET at 70 s, the first new request after the change at
     * 65 s, goes to old A.1; no check finds an error, and the search finds every start safe.
     */
    @Test
    void theCanaryOfTheExampleCutsNothing() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "remedy-blue-green.json"));
        Scenario s = p.scenarios().get(3);
        SimulationResult r = Simulator.run(p.topology(), s, SimulationOptions.full());

        assertThat(s.name()).isEqualTo("canary A 90/10");
        assertThat(r.allOk()).isTrue();
        assertThat(r.outcome("POST-50MB").end()).isEqualTo(105_001);
        assertThat(servedBy(r, 2, 2)).isEqualTo("A.1");
        assertThat(Checks.run(p.topology(), s)).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(SafetySearch.of(p.topology(), s, SafetySearch.DEFAULT_STEP)).allMatch(RequestSafety::safe);
    }

    /** The instance of station k that the request's first connection there reached. */
    private static String servedBy(SimulationResult r, int request, int station) {
        return r.trace().events().stream()
                .filter(e -> e.type() == TraceEventType.CONNECTED && e.request() == request && e.peerStation() == station)
                .map(e -> r.instances().get(e.peerInstance()).id()).findFirst().orElse("none");
    }
}
