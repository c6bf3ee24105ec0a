package dev.rollscope.app.corpus;

import dev.rollscope.app.cli.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges one command run on one corpus case: what it must never do (throw, hang, print a stack
 * trace), and whether it accepted or refused as the case expects, with a message of the required
 * shape: one line, at most 300 characters, no control characters, starting with the file and its
 * location.
 */
final class RunVerdict {

    static final int MAX_MESSAGE = 300;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    private RunVerdict() {
    }

    /** True when the run accepted the file (ran it), false when it refused it. */
    static boolean accepted(CommandRun r) {
        return r.exit() == ExitCodes.OK || r.exit() == ExitCodes.FAILURES;
    }

    /** What is wrong with the run; empty when nothing is. */
    static List<String> problems(CorpusCase c, CommandRun r) {
        List<String> p = new ArrayList<>();
        if (r.hung()) {
            p.add("hang");
            return p;
        }
        if (r.thrown() != null) {
            p.add("uncaught " + r.thrown());
            return p;
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("java.lang.")) {
            p.add("stack trace: " + firstLine(r.err()));
            return p;
        }
        boolean accepted = accepted(r);
        switch (c.expect()) {
            case VALID -> {
                if (!accepted) {
                    p.add("wrong refusal: " + firstLine(r.err()));
                }
            }
            case REFUSED, OVER_LIMIT -> {
                if (accepted) {
                    p.add("wrong acceptance");
                }
            }
            case EITHER -> {
            }
        }
        if (accepted) {
            if (!r.err().isEmpty() && !wroteItsFile(r)) {
                p.add("accepted with stderr: " + firstLine(r.err()));
            }
            if (r.command().equals("validate") && r.exit() != ExitCodes.OK) {
                p.add("validate exit " + r.exit());
            }
        } else {
            p.addAll(messageProblems(c.file(), r));
            if (c.expect() == Expect.OVER_LIMIT && !r.err().contains("reduce")) {
                p.add("over-limit refusal without what to reduce: " + firstLine(r.err()));
            }
        }
        return p;
    }

    private static List<String> messageProblems(Path file, CommandRun r) {
        List<String> p = new ArrayList<>();
        if (r.exit() != ExitCodes.INVALID) {
            p.add("refused with exit " + r.exit());
        }
        if (!r.out().isEmpty()) {
            p.add("refused with stdout");
        }
        String err = r.err();
        String nl = System.lineSeparator();
        if (!err.endsWith(nl) || err.indexOf(nl) != err.length() - nl.length()) {
            p.add("message not one line: " + firstLine(err));
            return p;
        }
        String line = err.substring(0, err.length() - nl.length());
        if (line.length() > MAX_MESSAGE) {
            p.add("message of " + line.length() + " characters");
        }
        if (CONTROL.matcher(line).find()) {
            p.add("control character in message");
        }
        String f = file.toString();
        boolean located = line.startsWith(f + ": ")
                || line.startsWith(f + ":") && line.substring(f.length()).matches(":\\d+:\\d+: \\$.*?: .+");
        if (!located) {
            p.add("message without location: " + firstLine(line));
        }
        return p;
    }

    /** The one line a command given {@code -o FILE} prints on stderr when it wrote it: "Wrote FILE…". */
    private static boolean wroteItsFile(CommandRun r) {
        int o = r.args().indexOf("-o");
        return o >= 0 && r.err().strip().lines().count() == 1 && r.err().startsWith("Wrote " + r.args().get(o + 1));
    }

    private static String firstLine(String s) {
        String first = s.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
