package dev.rollscope.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Outcome ok(long end) {
        return new Outcome(0, "GET", true, 200, false, 0, end, 2, null);
    }

    private static Outcome failed(int status, String by, long end) {
        Failure f = new Failure(Cause.DRAIN_ENDED, "A", "A.1", by, end, List.of(), List.of(), List.of(), null, false);
        return new Outcome(0, "POST", false, status, false, 0, end, 1, f);
    }

    private static RealOutcome real(int status, long end, String... hops) {
        return new RealOutcome("r", status, false, List.of(hops), 0, end, status == 0 ? "reset" : "");
    }

    @Test
    void okRequestsAgreeWithinTheTolerance() {
        assertThat(Comparison.of("GET", ok(1000), "D", real(200, 1100, "D.1", "A.1"), 100).agrees()).isTrue();
        assertThat(Comparison.of("GET", ok(1000), "D", real(200, 1101, "D.1", "A.1"), 100).agrees()).isFalse();
    }

    @Test
    void theSameStatusFromAnotherHopDisagrees() {
        Comparison c = Comparison.of("POST", failed(502, "A/front", 700), "D", real(502, 700, "A.1", "A/front"), 100);

        assertThat(c.realBy()).isEqualTo("A");
        assertThat(c.agrees()).isFalse();
    }

    @Test
    void aResetNeedsNoAnsweringHop() {
        Comparison c = Comparison.of("POST", failed(0, "client", 700), "D", real(0, 710), 100);

        assertThat(c.realStatus()).isEqualTo("reset");
        assertThat(c.agrees()).isTrue();
    }

    @Test
    void markdownMarksADisagreementAndLinksAKnownOne() {
        Comparison bad = Comparison.of("GET", ok(1000), "D", real(502, 500, "C.1"), 100);
        ScenarioResult r = new ScenarioResult("case-x", "shows x", "d9-x", List.of(), List.of(bad), List.of("0 ms: go"),
                List.of(), "target/lab/case-x", 1234);

        String md = MarkdownReport.render(new MarkdownReport.Setup("nginx/1.22.1", 10, 100), List.of(r));

        assertThat(md).contains("0 of 1 cases agree", "| GET | GET | 0 | 200 | 502 | D | C | 1000 | 500 | -500 |  | **no** |",
                "known: [d9-x](../lab/DISAGREEMENTS.md#d9-x)", "divided by 10");
    }
}
