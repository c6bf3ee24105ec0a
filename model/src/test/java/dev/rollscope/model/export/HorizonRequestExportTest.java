package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a request that starts at the simulation's horizon was still open when it ended, with no
 * response and at no hop; the scenario diagram threw "no station for hop -1" (and, for starts past
 * the horizon, a NullPointerException) instead of drawing it at the front of the chain. A start at
 * the horizon is now refused at load (issue 20), so the closest case is a start 1 ms before it: the
 * request is still under way at the horizon, and the diagrams draw it.
 */
class HorizonRequestExportTest {

    @Test
    void aRequestThatReachedNoHopIsDrawnAtTheFirstStation() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "failure-drain-off.json"))
                .replace("\"start\": \"50s\"", "\"start\": \"86399999ms\"");
        Project p = ProjectFile.parse(text, "horizon.json");
        SimulationResult r = Exports.simulate(p, "roll A");
        Outcome o = r.outcomes().get(0);
        assertThat(o.ok()).isFalse();
        assertThat(o.failure().cause()).isEqualTo(Cause.HORIZON_REACHED);
        ExportOptions options = new ExportOptions(false, true, Locale.ENGLISH, ExportOptions.Detail.ALL);
        assertThat(Exports.mermaid(r, null, options)).contains("POST-50MB");
        assertThat(Exports.mermaid(r, "POST-50MB", options)).startsWith("sequenceDiagram");
    }
}
