package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's limits at the command line: a scenario over the work limit is refused before anything
 * runs, by every command, on one line that names the file, the scenario, the estimate and what to
 * reduce (it took 19 s to be refused, or ran out of memory, before).
 */
class WorkLimitCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path heavy(String rate, String until) throws IOException {
        String base = Files.readString(Path.of("..", "examples", "failure-drain-off.json"));
        String traffic = "\"traffic\": {\"ratePerSecond\": " + rate + ", \"from\": \"0s\", \"until\": \"" + until
                + "\", \"entries\": [{\"name\": \"r\", \"method\": \"GET\", \"body\": \"0B\", \"response\": \"1kB\","
                + " \"weight\": 1}]},\n      \"requests\": [";
        return Files.writeString(dir.resolve("heavy.json"), base.replace("\"requests\": [", traffic));
    }

    @Test
    void aHundredThousandRequestsPerSecondForTenMinutesIsRefusedAtOnceByEveryCommand() throws IOException {
        Path f = heavy("100000", "10m");
        for (String[] args : new String[][] {{"validate", f.toString()}, {"simulate", f.toString(), "--json"},
            {"check", f.toString()}, {"export", "mermaid", f.toString(), "--scenario", "roll A"}}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int code = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args));
            assertThat(code).as(args[0]).isEqualTo(ExitCodes.INVALID);
            assertThat(out.toString()).isEmpty();
            // 100000/s for 600 s: 6e7 + 5 * sqrt(6e7) = 60038730 arrivals (rounded up) and the POST, 4 hops: 10 events each,
            // plus A's 3 VMs * 20 for its rollout.
            assertThat(err).hasToString(f + ": scenario \"roll A\" would take up to 600,387,370 simulation events "
                    + "(60,038,731 requests), over the limit of 50,000,000; reduce its traffic: ratePerSecond "
                    + "(100000.0) or from-until (0s to 600s)" + System.lineSeparator());
        }
    }

    @Test
    void withLangZhTheRefusalIsInChinese() throws IOException {
        Path f = heavy("100000", "10m");

        assertThat(RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "check", f.toString(), "--lang=zh"))
                .isEqualTo(ExitCodes.INVALID);

        // The estimate of the test above: 600,387,370 events for 60,038,731 requests.
        assertThat(err).hasToString(f + "：场景 \"roll A\" 最多需要 600,387,370 个模拟事件（60,038,731 个请求），超过了 "
                + "50,000,000 的上限；请减少它的流量：ratePerSecond（100000.0）或 from-until（0s 到 600s）"
                + System.lineSeparator());
    }

    @Test
    void tenThousandRequestsPerSecondAsJsonIsRefusedAtOnceInsteadOfRunningOutOfMemory() throws IOException {
        Path f = heavy("10000", "10m");
        int code = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", f.toString(), "--json"));
        assertThat(code).isEqualTo(ExitCodes.INVALID);
        // 6e6 + 5 * sqrt(6e6) = 6012247.4, rounded up, and the POST: 6012249 requests; * 10 + 60 events.
        assertThat(err.toString()).startsWith(f + ": scenario \"roll A\" would take up to 60,122,550 simulation "
                + "events (6,012,249 requests), over the limit of 50,000,000; reduce its traffic");
    }

    @Test
    void aScenarioWithinTheLimitStillRuns() throws IOException {
        Path f = heavy("5", "10s");
        assertThat(RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", f.toString()))
                .as("runs: 0 or 1 (requests fail), not refused").isIn(ExitCodes.OK, ExitCodes.FAILURES);
        assertThat(err.toString()).isEmpty();
    }
}
