package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A route of a sweep point played again: {@link Sweep#routeOf} in the point's {@link Sweep#caseAt case}
 * walks the route the search walked and meets the outcome it recorded. failure-kong-quit's "roll C"
 * (C.2 quits first, Kong's quit timeout cuts the 50 MB POST it holds): 40 s before the roll the POST
 * has two routes, through C.2 (cut with KONG_QUIT_TIMEOUT) and through C.1 (which quits later and lets it finish).
 */
class SweepRouteReplayTest {

    private final Project project = read();
    private final Scenario roll = project.scenario("roll C").orElseThrow();
    private final SweepResult sweep = Sweep.run(project.topology(), roll, "POST-50MB", TimeSpan.ofSeconds(1));

    private static Project read() {
        try {
            return ProjectFile.read(Path.of("..", "examples", "failure-kong-quit.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachRouteOfAPointReplaysToTheOutcomeTheSearchRecorded() {
        SweepPoint point = at(-40_000);

        assertThat(point.routes()).extracting(RoutedOutcome::route).containsExactly("C.2", "C.1");
        assertThat(replay(point.offset(), point.routes().get(0)).failure().cause()).isEqualTo(Cause.KONG_QUIT_TIMEOUT);
        assertThat(replay(point.offset(), point.routes().get(1)).ok()).isTrue();
    }

    @Test
    void everyRouteOfEveryTenthOffsetReplaysAlike() {
        int replayed = 0;
        for (int i = 0; i < sweep.points().size(); i += 10) {
            SweepPoint point = sweep.points().get(i);
            for (RoutedOutcome r : point.routes()) {
                Outcome again = replay(point.offset(), r);
                assertThat(again.statusText()).as(point.offset() + " via " + r.route()).isEqualTo(r.outcome().statusText());
                assertThat(again.end()).as(point.offset() + " via " + r.route()).isEqualTo(r.outcome().end());
                replayed++;
            }
        }
        assertThat(replayed).isGreaterThan(10);
    }

    private SweepPoint at(long offset) {
        return sweep.points().stream().filter(p -> p.offset() == offset).findFirst().orElseThrow();
    }

    private Outcome replay(long offset, RoutedOutcome route) {
        Scenario c = Sweep.caseAt(roll, sweep, offset);
        return Simulator.run(project.topology(), c, SimulationOptions.full(), Sweep.routeOf(roll, sweep, route))
                .outcome("POST-50MB");
    }
}
