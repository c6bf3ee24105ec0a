package dev.rollscope.app.cli;

/** The exit codes of the command line. */
public final class ExitCodes {

    /** The command did what was asked; the file is valid; every request survives. */
    public static final int OK = 0;
    /** {@code check}: some request fails (or an error-level finding holds). */
    public static final int FAILURES = 1;
    /** The file is not a valid Rollscope file (missing, malformed, refused by the model). */
    public static final int INVALID = 2;
    /** The command line itself is wrong (picocli's usage error code). */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
