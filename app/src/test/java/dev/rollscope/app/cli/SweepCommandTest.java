package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code rollscope sweep}: the windows asserted here are the model's (worked out by hand in
 * SweepTest); these tests check that the command reports them faithfully, in both languages and
 * as JSON, and refuses what it cannot sweep.
 */
class SweepCommandTest extends CliTestBase {

    private static final Path NO_PRESTOP = Path.of("..", "examples", "failure-no-prestop.json");
    private static final String ZERO_DOWNTIME = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

    private static List<DangerWindow> windows(String step) throws Exception {
        Project p = ProjectFile.read(NO_PRESTOP);
        SweepResult r = Sweep.run(p.topology(), p.scenarios().get(0), "GET", TimeSpan.parse(step));
        assertThat(r.windows()).isNotEmpty();
        return r.windows();
    }

    @Test
    void printsEachDangerWindowThenTheVerifiedPlanAndExitsOne() throws Exception {
        List<DangerWindow> ws = windows("100ms");

        assertThat(run("sweep", NO_PRESTOP.toString(), "--scenario", "roll D", "--request", "GET"))
                .isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("Sweep of GET in \"roll D\", steps of 100 ms")
                .contains("Fix plan (the danger search run again after each step):")
                .contains("Verified: with these changes it survives at every start offset and routing choice.");
        for (DangerWindow w : ws) {
            assertThat(out.toString()).contains("DANGER " + w.text("GET", "the roll of D", Locale.ENGLISH));
        }
    }

    @Test
    void reportsNoWindowAndExitsZeroForTheZeroDowntimeChain() {
        assertThat(run("sweep", ZERO_DOWNTIME, "--scenario", "roll C", "--request", "POST-50MB"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("No danger window: POST-50MB survives at every start offset and routing choice.")
                .doesNotContain("Fix plan");
    }

    @Test
    void jsonGivesTheWindowsInMillisecondsWithTheFailure() throws Exception {
        DangerWindow w = windows("50ms").get(0);

        run("sweep", NO_PRESTOP.toString(), "--scenario", "roll D", "--request", "GET", "--step", "50ms", "--json");

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("format").asInt()).isEqualTo(4);
        assertThat(root.get("safe").asBoolean()).isFalse();
        assertThat(root.get("assumption").isNull()).isTrue();
        assertThat(root.get("plan").get("verified").asBoolean()).isTrue();
        assertThat(root.get("step").asLong()).isEqualTo(50);
        JsonNode window = root.get("windows").get(0);
        assertThat(window.get("from").asLong()).isEqualTo(w.from());
        assertThat(window.get("to").asLong()).isEqualTo(w.to());
        assertThat(window.get("failure").get("cause").asText()).isEqualTo("ROUTED_TO_STOPPED");
        assertThat(window.get("failure").get("hop").asText()).isEqualTo("D");
        assertThat(window.get("instances").get(0).asText()).isEqualTo(w.instances().get(0));
        assertThat(window.get("failure").has("fixes")).isFalse();
    }

    @Test
    void speaksChineseWhenAsked() {
        run("sweep", NO_PRESTOP.toString(), "--scenario", "roll D", "--request", "GET", "--lang", "zh");

        assertThat(out.toString()).contains("扫描 GET").contains("危险").contains("D 的滚动更新").contains("修复方案");
    }

    @Test
    void refusesAnUnknownRequestListingTheScenariosRequests() {
        assertThat(run("sweep", NO_PRESTOP.toString(), "--scenario", "roll D", "--request", "POST"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("has no request \"POST\"; it has: GET");
        assertThat(err.toString().strip().lines()).as("one line, not the usage").hasSize(1);
    }

    @Test
    void refusesABadStep() {
        assertThat(run("sweep", NO_PRESTOP.toString(), "--scenario", "roll D", "--request", "GET", "--step", "soon"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not a time span: \"soon\"");
    }
}
