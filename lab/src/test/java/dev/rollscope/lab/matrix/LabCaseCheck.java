package dev.rollscope.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rollscope.lab.nginx.NginxBinary;
import dev.rollscope.lab.proc.Reaper;
import dev.rollscope.lab.report.Comparison;
import dev.rollscope.lab.report.ScenarioResult;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every lab test asserts about one played case: the run was fit for comparison, no process
 * outlived it, and real nginx agreed with the engine on every request; a case marked as a known
 * disagreement that still disagrees is reported as aborted with the link to its entry, never
 * silently passed.
 */
final class LabCaseCheck {

    private LabCaseCheck() {
    }

    static void playAndCheck(LabCase c) throws InterruptedException {
        String missing = NginxBinary.missing();
        assertThat(missing).as("nginx for the lab").isNull();
        Set<Long> before = Reaper.nginxProcesses();
        ScenarioResult r = LabSession.play(c);
        assertThat(LabSession.leftSince(before)).as("nginx processes left after " + c.name()).isEmpty();
        assertThat(r.problems()).as("the lab kept pace with the engine's plan").isEmpty();
        if (!c.knownIssue().isEmpty() && !r.agrees()) {
            assumeTrue(false, "known disagreement, see lab/DISAGREEMENTS.md#" + c.knownIssue() + ": " + table(r));
        }
        assertThat(r.agrees()).as("real nginx agrees with the engine in %s:%n%s", c.name(), table(r)).isTrue();
    }

    private static String table(ScenarioResult r) {
        return r.rows().stream().map(LabCaseCheck::row).collect(Collectors.joining("\n"));
    }

    private static String row(Comparison c) {
        return String.format("%s %s: engine %s by %s at %d ms (%s), real %s by %s at %d ms%s", c.requestId(),
                c.method(), c.predictedStatus(), c.predictedBy(), c.predictedEnd(), c.cause(), c.realStatus(),
                c.realBy(), c.realEnd(), c.agrees() ? "" : "  <-- disagrees");
    }
}
