package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every failure-mode example fails for its own reason, at the time its description works out, and
 * passes once the verdicts' own fixes are applied; the zero-downtime chain passes.
 */
class FailureExamplesTest {

    private static Project load(String file) throws Exception {
        return ProjectFile.read(Path.of("..", "examples", file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            failure-body-limit.json,         POST-50MB, 413, BODY_TOO_LARGE,            A,   5000
            failure-gfe-timeout.json,        POST-50MB, 502, LB_BACKEND_TIMEOUT,        A,  35000
            failure-drain-off.json,          POST-50MB, 502, DRAIN_ENDED,               A,  75000
            failure-drain-too-short.json,    POST-50MB, 502, DRAIN_ENDED,               A,  90000
            failure-mig-emptied.json,        GET,       502, NO_ROUTABLE_INSTANCE,      A,  20000
            failure-no-prestop.json,         GET,       502, ROUTED_TO_STOPPED,         D,  51000
            failure-kong-quit.json,          POST-50MB, 502, KONG_QUIT_TIMEOUT,         C,  75000
            failure-read-timeout.json,       GET,       504, READ_TIMEOUT,              A,  65000
            failure-pooled-connections.json, POST-50MB, 502, POOLED_CONNECTION_DRAINED, B, 110000
            failure-no-buffering.json,       POST-50MB, 502, GRACE_PERIOD_EXPIRED,      D,  90000
            """)
    void failureExampleFailsForItsOwnReasonAndItsFixesSaveIt(String file, String request, int status, Cause cause,
                                                              String hop, long time) throws Exception {
        Project p = load(file);
        Scenario s = p.scenarios().get(0);

        SimulationResult r = Simulator.run(p.topology(), s);
        Outcome o = r.outcome(request);

        assertThat(r.failedCount()).as("failed requests").isEqualTo(1);
        assertThat(o.status()).isEqualTo(status);
        assertThat(o.failure().cause()).isEqualTo(cause);
        assertThat(o.failure().hop()).isEqualTo(hop);
        assertThat(o.failure().time()).isEqualTo(time);
        Topology fixed = Fixtures.applyFixes(p.topology(), o.failure());
        assertThat(Simulator.run(fixed, s).allOk()).as("all OK with the fixes " + o.failure().fixes()).isTrue();
    }

    @Test
    void zeroDowntimeChainSurvivesEveryRoll() throws Exception {
        Project p = load("abcd-zero-downtime.json");

        for (Scenario s : p.scenarios()) {
            assertThat(Simulator.run(p.topology(), s).allOk()).as(s.name()).isTrue();
        }
    }
}
