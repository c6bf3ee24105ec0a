package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sweep agrees with the examples: at each request's own offset it finds the outcome the
 * scenario's simulation finds (even where the scenario was moved later to make room); a request
 * whose offset lies outside the sweep's range fares as if nothing were disrupted; and the
 * zero-downtime chain has no danger window at all.
 */
class SweepExamplesTest {

    private static final TimeSpan STEP = TimeSpan.ofMillis(100);

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void sweepPointAtTheRequestsOwnOffsetIsTheScenariosOutcome() throws Exception {
        int compared = 0;
        for (Path file : examples()) {
            Project p = ProjectFile.read(file);
            for (Scenario s : p.scenarios()) {
                if (s.disruptions().isEmpty() || s.traffic() != null) {
                    continue;
                }
                long rollStart = s.disruptions().stream().mapToLong(d -> d.at().millis()).min().orElseThrow();
                for (RequestSpec r : s.requests()) {
                    long offset = r.start().millis() - rollStart;
                    if (offset % STEP.millis() != 0) {
                        continue;
                    }
                    Outcome expected = Simulator.run(p.topology(), s).outcome(r.id());
                    SweepResult sweep = Sweep.run(p.topology(), s, r.id(), STEP);
                    Outcome found = sweep.points().stream().filter(x -> x.offset() == offset).findFirst()
                            .map(x -> x.routes().get(0).outcome())
                            .orElseGet(() -> Simulator.run(p.topology(), s.withDisruptions(List.of())).outcome(r.id()));
                    String where = file.getFileName() + " / " + s.name() + " / " + r.id();
                    assertThat(found.statusText()).as(where).isEqualTo(expected.statusText());
                    assertThat(found.end() - found.start()).as(where).isEqualTo(expected.end() - expected.start());
                    assertThat(found.failure() == null ? null : found.failure().cause()).as(where)
                            .isEqualTo(expected.failure() == null ? null : expected.failure().cause());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @Test
    void zeroDowntimeChainHasNoDangerWindowForAnyRequestOfAnyRoll() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "abcd-zero-downtime.json"));

        for (Scenario s : p.scenarios()) {
            for (RequestSpec r : s.requests()) {
                assertThat(Sweep.run(p.topology(), s, r.id(), STEP).windows()).as(s.name() + " / " + r.id()).isEmpty();
            }
        }
    }
}
