package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation commands on the examples. The verdicts asserted here are the engine's, worked out
 * by hand in the model's tests; these tests check that the commands report them faithfully.
 */
class SimulateAndCheckTest extends CliTestBase {

    private static final String DEFAULTS = Path.of("..", "examples", "abcd-defaults.json").toString();
    private static final String ZERO_DOWNTIME = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

    @Test
    void checkPassesTheZeroDowntimeChain() {
        assertThat(run("check", ZERO_DOWNTIME)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("safe: 8 requests in 4 scenarios survive, and 8 request types survive "
                + "at every start offset (100 ms apart) and every routing choice");
    }

    /**
     * failure-drain-off with a 70 s horizon: the POST (cut at 75 s by A's 0 s drain) is still running
     * when the simulation stops. Its type's plan (A's drain) answers the danger windows, not the
     * horizon, so the verdict gives the horizon's advice and no plan (check, and simulate's JSON).
     */
    @Test
    void aRequestStillRunningAtTheHorizonGetsNoFixPlan(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("horizon.json");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(Path.of("..", "examples",
                "failure-drain-off.json")).replaceFirst("\"name\": \"roll A\",", "\"name\": \"roll A\", \"horizon\": \"70s\","));

        assertThat(run("check", file.toString())).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("FAIL roll A / POST-50MB: none: Still running at the horizon (70 s)")
                .contains("Lengthen the scenario's horizon").doesNotContain("(its danger windows and verified fix plan");
        out.getBuffer().setLength(0);
        run("simulate", file.toString(), "--json");
        JsonNode post = new ObjectMapper().readTree(out.toString()).at("/scenarios/0/outcomes/0");
        assertThat(post.at("/failure/cause").asText()).isEqualTo("HORIZON_REACHED");
        assertThat(post.path("plan").isMissingNode() || post.path("plan").isNull()).isTrue();
    }

    /**
     * A danger search too large to run proves nothing: check says so, does not print "safe" and does
     * not exit 0. One simulation of the file is estimated at 300,000 requests x (1 hop x 2 + 2) events
     * plus its disruption's; the search needs one per start offset, thousands of them.
     */
    @Test
    void checkRefusesToCallSafeWhatItCouldNotSearch() {
        String file = Path.of("src", "test", "resources", "cli", "search-too-large.json").toString();

        assertThat(run("check", file)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("UNSEARCHED long roll: its danger search would simulate at least ")
                .contains("more than the limit of 1,000,000,000: not searched, so not proven safe")
                .doesNotContain("safe: ").doesNotContain("DANGER");
    }

    /**
     * failure-no-prestop: D's pods exit at once on SIGTERM with no preStop, so each old pod, once
     * deleted, refuses the connections Kong still sends it for 3 s; check names the window, the pod
     * and the cause, and gives the plan the search verified.
     */
    @Test
    void checkNamesEachDangerWithItsInstanceAndAVerifiedPlan() {
        String noPreStop = Path.of("..", "examples", "failure-no-prestop.json").toString();

        assertThat(run("check", noPreStop)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).containsPattern("DANGER roll D / GET: GET fails with [^\\n]* at D \\(routed to a stopped instance\\) "
                        + "when it starts [^\\n]* and lands on D\\.\\d")
                .contains("Fix plan for GET:")
                .contains("Verified: with these changes it survives at every start offset and routing choice.");
    }

    @Test
    void checkFailsTheDefaultChainWithTheReasons() {
        assertThat(run("check", DEFAULTS)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString())
                .contains("FAIL roll A / GET: 502: No A instance to route to")
                .contains("FAIL roll B / POST-50MB: 413: 413 at A: a 50MB body is over its limit of 1MiB")
                .contains("FAIL roll B / GET: 502: No B instance to route to")
                .contains("6 of 8 requests fail in the simulation")
                .contains("Fix plan for POST-50MB:");
    }

    @Test
    void checkListsErrorLevelFindingsWithTheirFixes() {
        String drainOff = Path.of("..", "examples", "failure-drain-off.json").toString();

        assertThat(run("check", drainOff)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString())
                .contains("ERROR roll A / A [drain]: When A rolls, its load balancer (GCP_EXTERNAL_ALB) drains")
                .contains("Fix: Raise A front.drainTimeout to at least")
                .contains(": 1 error-level finding\n");
    }

    /**
     * The zero-downtime chain with D's grace period cut to 1 s (the POST spends 5 s at D) and its
     * requests sent after D's roll is over: every request survives, but the grace-period check
     * holds for the scenario's slowest request, so check fails.
     */
    @Test
    void checkFailsOnAnErrorFindingEvenWhenEveryRequestSurvives(@TempDir Path dir) throws Exception {
        Project p = ProjectFile.read(Path.of(ZERO_DOWNTIME));
        Topology t = p.topology();
        int d = t.indexOf("D");
        t = t.withHop(d, t.hops().get(d).with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(1)));
        Scenario rollD = p.scenarios().get(3);
        Scenario late = rollD.withRequests(rollD.requests().stream()
                .map(r -> r.withStart(r.start().plus(TimeSpan.ofSeconds(600)))).toList());
        Path file = dir.resolve("late.json");
        ProjectFile.write(new Project(t, List.of(late)), file);

        assertThat(run("check", "--fast", file.toString())).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("every request survives")
                .contains("ERROR roll D / D [grace-period]")
                .contains(": 1 error-level finding\n");
    }

    @Test
    void checkRefusesABadFileWithExitTwo() {
        assertThat(run("check", "no-such-file.json")).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("no such file");
    }

    /**
     * At defaults, B's roll at 10 s empties B (maxUnavailable = 3 zones); the GET at 20 s waits in
     * the black hole of the empty NLB until the GFE gives up at 20 + 30 s.
     */
    @Test
    void simulateJsonReportsTheVerdictOfEachRequest() throws Exception {
        assertThat(run("simulate", DEFAULTS, "--scenario", "roll B", "--json")).isEqualTo(ExitCodes.FAILURES);

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("format").asInt()).isEqualTo(3);
        JsonNode scenario = root.get("scenarios").get(0);
        assertThat(scenario.get("requests").asInt()).isEqualTo(2);
        assertThat(scenario.get("failed").asInt()).isEqualTo(2);
        JsonNode get = null;
        for (JsonNode o : scenario.get("outcomes")) {
            get = o.get("id").asText().equals("GET") ? o : get;
        }
        assertThat(get).as("the GET's outcome").isNotNull();
        assertThat(get.get("status").asInt()).isEqualTo(502);
        assertThat(get.get("end").asLong()).isEqualTo(50_000);
        JsonNode failure = get.get("failure");
        assertThat(failure.get("cause").asText()).isEqualTo("NO_ROUTABLE_INSTANCE");
        assertThat(failure.get("hop").asText()).isEqualTo("B");
        assertThat(failure.get("answeredBy").asText()).isEqualTo("A/front");
        assertThat(failure.has("fixes")).as("no unverified fix").isFalse();
        JsonNode plan = get.get("plan");
        assertThat(plan.get("verified").asBoolean()).isTrue();
        assertThat(plan.get("changes").findValuesAsText("setting")).contains("rollout.maxUnavailable");
        assertThat(plan.get("text").get(plan.get("text").size() - 1).asText()).startsWith("Verified");
    }

    @Test
    void simulateTableListsFailuresWithExplanationsAndFixes() {
        assertThat(run("simulate", DEFAULTS, "--scenario", "roll B")).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("Scenario \"roll B\": 2 requests, 2 failed")
                .contains("Fix plan (the danger search run again after each step):")
                .contains("(A.proxy.clientMaxBodySize → 50MB)")
                .contains("B.rollout.maxUnavailable → 0");
    }

    @Test
    void simulateSpeaksChineseWhenAsked() {
        assertThat(run("simulate", DEFAULTS, "--scenario", "roll A", "--lang", "zh")).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("场景“roll A”：2 个请求，2 个失败").contains("修复方案");
    }

    @Test
    void simulateRefusesAnUnknownScenario() {
        assertThat(run("simulate", DEFAULTS, "--scenario", "roll E")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no scenario \"roll E\"").contains("roll A, roll B, roll C, roll D");
    }
}
