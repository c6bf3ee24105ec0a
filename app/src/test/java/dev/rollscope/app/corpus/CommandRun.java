package dev.rollscope.app.corpus;

import dev.rollscope.app.cli.RollscopeCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One command line run in-process with its output captured, bounded in time: what the user would
 * have seen, or that it hung or threw.
 *
 * @param thrown  what escaped {@link RollscopeCli#run}, or null
 * @param hung    true when it did not end within the bound (its thread is abandoned)
 */
record CommandRun(List<String> args, int exit, String out, String err, Throwable thrown, boolean hung, long millis) {

    /** Runs {@code args} on a fresh daemon thread, waiting at most {@code boundMillis}. */
    static CommandRun of(List<String> args, long boundMillis) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-run");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        Future<Integer> f = one.submit(() -> RollscopeCli.run(new PrintWriter(out), new PrintWriter(err),
                args.toArray(String[]::new)));
        one.shutdown();
        try {
            int code = f.get(boundMillis, TimeUnit.MILLISECONDS);
            return new CommandRun(args, code, out.toString(), err.toString(), null, false, elapsed(start));
        } catch (TimeoutException e) {
            f.cancel(true);
            return new CommandRun(args, -1, out.toString(), err.toString(), null, true, elapsed(start));
        } catch (java.util.concurrent.ExecutionException e) {
            return new CommandRun(args, -1, out.toString(), err.toString(), e.getCause(), false, elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandRun(args, -1, out.toString(), err.toString(), e, false, elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The command's name as counted: {@code simulate --json}, {@code export mermaid}. */
    String command() {
        return args.get(0).equals("export") ? "export " + args.get(1)
                : args.get(0) + (args.contains("--json") ? " --json" : "");
    }
}
