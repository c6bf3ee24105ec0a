package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code rollscope check} names the remedies it searched after each danger's fix plan. */
class CheckRemediesTest {

    private final StringWriter out = new StringWriter();

    private int check(String file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = file;
        System.arraycopy(options, 0, args, 2, options.length);
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    /**
     * remedy-blue-green, roll D: the rolling update cuts the POST (grace period), and D (pods behind
     * Kong) can be switched by its Service's selector or by Kong's target weights. Either way a POST
     * sent before the switch stays on blue, which goes 60 s later with its 30 s grace: the POST,
     * 45.001 s long, survives with nothing else changed (RemediesTest derives it). Sent as one tus
     * PATCH with shared storage instead, the PATCH cut with its pod is resumed through another pod
     * from offset 0, and that pod lives long enough (RequestRemediesTest derives the same for
     * remedy-resumable-upload).
     */
    @Test
    void theDangerOfARollIsFollowedByTheSwitchesThatSaveIt() {
        String file = Path.of("..", "examples", "remedy-blue-green.json").toString();

        assertThat(check(file, "--scenario", "roll D")).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("  Remedies for POST-50MB (instead of the disruption, or in how it is sent),"
                + " each searched the same way:\n"
                + "    Instead of the roll of D, the blue/green switch of D (Service selector): searched, it survives at "
                + "every start offset and routing choice with nothing else changed.\n"
                + "    Instead of the roll of D, the blue/green switch of D (Kong target weights): searched, it survives at "
                + "every start offset and routing choice with nothing else changed.\n"
                + "    Instead of sending POST-50MB as one request, a tus resumable upload with shared storage"
                + " (tus-js-client's defaults: one PATCH with the rest of the body, a HEAD for the offset after a failure,"
                + " retries after 0s, 1s, 3s, 5s): searched, it survives at every start offset and routing choice with"
                + " nothing else changed.\n");
    }

    @Test
    void inChineseToo() {
        String file = Path.of("..", "examples", "remedy-blue-green.json").toString();

        check(file, "--scenario", "roll D", "--lang", "zh");

        assertThat(out.toString()).contains("  POST-50MB 的补救办法（代替这次干扰，或改变它的发送方式），每一个都同样经过搜索：\n"
                + "    以 D 的蓝绿切换（Service 选择器）代替 D 的滚动更新：经搜索，不改其他任何设置，它在每个起始偏移和路由选择下都能存活。\n");
    }
}
