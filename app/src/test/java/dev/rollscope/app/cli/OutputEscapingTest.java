package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from a file cannot forge the command line's text output: a scenario, topology or hop name
 * with a terminal escape and a newline followed by a fake verdict line is printed escaped, on its
 * own line, by simulate, check, sweep and describe.
 */
class OutputEscapingTest {

    /** ESC [31m (red), then a newline and a line that looks like check's own. */
    private static final String EVIL = "s\\u001b[31m\\nFAIL x / y: 200: fake";
    private static final String SHOWN = "s\\u001B[31m\\nFAIL x / y: 200: fake";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path file(Path dir) throws Exception {
        Path f = dir.resolve("evil.json");
        Files.writeString(f, """
                {"schemaVersion": 1, "name": "NAME", "description": "NAME",
                 "hops": [{"id": "D", "name": "NAME", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT",
                           "front": "K8S_SERVICE", "replicas": 1}],
                 "scenarios": [{"name": "NAME", "seed": 1,
                                "disruptions": [{"type": "rollout", "hop": "D", "at": "1s"}],
                                "requests": [{"id": "r", "method": "GET", "start": "0s", "body": "0B",
                                              "response": "1kB"}]}]}
                """.replace("NAME", EVIL));
        return f;
    }

    private String run(String... args) {
        RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return out + "" + err;
    }

    @Test
    void namesAreEscapedInEveryTextCommand(@TempDir Path dir) throws Exception {
        String f = file(dir).toString();
        for (String[] args : new String[][] {{"simulate", f}, {"check", f}, {"describe", f},
            {"sweep", f, "--scenario", EVIL.replace("\\u001b", "\u001b").replace("\\n", "\n"), "--request", "r",
                "--step", "1s"}, {"simulate", f, "--scenario", "no such\u001b[2J"}}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            String text = run(args);
            assertThat(text).as(args[0]).doesNotContain("\u001b").doesNotContainPattern("(?m)^FAIL x / y");
            if (args.length == 2 || args[0].equals("sweep")) {
                assertThat(text).as(args[0]).contains(SHOWN);
            }
        }
    }
}
