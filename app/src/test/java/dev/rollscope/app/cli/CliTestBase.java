package dev.rollscope.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What the CLI's command tests share: a run of {@code rollscope} as from a shell, its output and errors kept as text. */
abstract class CliTestBase {

    /** What the runs wrote to standard output. */
    protected final StringWriter out = new StringWriter();
    /** What the runs wrote to standard error. */
    protected final StringWriter err = new StringWriter();

    /** Runs {@code rollscope args...}; its exit code. */
    protected int run(String... args) {
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
