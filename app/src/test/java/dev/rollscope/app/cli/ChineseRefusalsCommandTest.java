package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --lang zh} the command line says in Chinese why a file cannot be opened and why a
 * scenario is too big to run; without it, in English as before (WorkLimitCommandTest, the corpus).
 */
class ChineseRefusalsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedInChinese() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": \"x\"}");

        assertThat(run("check", f.toString(), "--lang", "zh")).isEqualTo(ExitCodes.INVALID);

        assertThat(out.toString()).isEmpty();
        assertThat(err).hasToString(f + ":1:19: $.schemaVersion：应为整数，而不是字符串 \"x\"" + System.lineSeparator());
    }

    @Test
    void aScenarioOverTheWorkLimitIsRefusedInChinese() throws IOException {
        String base = Files.readString(Path.of("..", "examples", "failure-drain-off.json"));
        Path f = Files.writeString(dir.resolve("heavy.json"), base.replace("\"requests\": [",
                "\"traffic\": {\"ratePerSecond\": 100000, \"from\": \"0s\", \"until\": \"10m\", \"entries\": [{\"name\":"
                        + " \"r\", \"method\": \"GET\", \"body\": \"0B\", \"response\": \"1kB\", \"weight\": 1}]},\n"
                        + "      \"requests\": ["));

        assertThat(run("check", f.toString(), "--lang=zh")).isEqualTo(ExitCodes.INVALID);

        // The estimate of WorkLimitCommandTest: 600,387,370 events for 60,038,731 requests.
        assertThat(err).hasToString(f + "：场景 \"roll A\" 最多需要 600,387,370 个模拟事件（60,038,731 个请求），超过了 "
                + "50,000,000 的上限；请减少它的流量：ratePerSecond（100000.0）或 from-until（0s 到 600s）"
                + System.lineSeparator());
    }
}
