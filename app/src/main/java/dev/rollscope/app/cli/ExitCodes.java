package dev.rollscope.app.cli;

/** The exit codes of the command line. */
public final class ExitCodes {

    /** The command did what was asked; the file is valid; every request survives. */
    public static final int OK = 0;
    /**
     * Some request fails ({@code simulate}, {@code check}, and an {@code export} of it, written all the
     * same), an error-level finding holds ({@code check}), or a sweep finds a danger window.
     */
    public static final int FAILURES = 1;
    /** The file is not a valid Rollscope file (missing, malformed, refused by the model). */
    public static final int INVALID = 2;
    /** The command line itself is wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /**
     * An internal error: a bug in Rollscope, not a finding. One line names the file and scenario and
     * the log file with the stack trace ({@link InternalErrorLog}).
     */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
