package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The other half of the checks' agreement with the simulation: where a check says a request type
 * fails when a hop is disrupted (an error-level finding), some start offset of that request fails
 * in a simulation. Checked on every disrupting scenario of every example: for each error finding,
 * a sweep (100 ms steps) of the scenario's requests finds a danger window, or a request that fails
 * regardless of the disruption (a body over A's limit fails at every offset).
 */
class ErrorFindingsShowInSweepsTest {

    @Test
    void everyErrorFindingOfAnExampleHasADangerWindow() throws Exception {
        List<String> unseen = new ArrayList<>();
        int errors = 0;
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Project p = ProjectFile.read(file);
                for (Scenario s : p.scenarios()) {
                    if (s.disruptions().isEmpty() || s.traffic() != null) {
                        continue;
                    }
                    List<Finding> found = Checks.run(p.topology(), s).stream()
                            .filter(f -> f.severity() == Severity.ERROR).toList();
                    errors += found.size();
                    if (!found.isEmpty() && !anyFailure(p, s)) {
                        unseen.add(file.getFileName() + " / " + s.name() + ": "
                                + found.stream().map(Finding::check).toList());
                    }
                }
            }
        }
        assertThat(errors).isGreaterThan(10);
        assertThat(unseen).isEmpty();
    }

    private static boolean anyFailure(Project p, Scenario s) {
        for (RequestSpec r : s.requests()) {
            if (!Sweep.run(p.topology(), s, r.id(), TimeSpan.ofMillis(100)).safe()) {
                return true;
            }
        }
        return false;
    }
}
