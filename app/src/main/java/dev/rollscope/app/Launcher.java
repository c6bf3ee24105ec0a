package dev.rollscope.app;

import dev.rollscope.app.cli.ExitCodes;
import dev.rollscope.app.cli.InternalErrorLog;
import dev.rollscope.app.cli.RollscopeCli;
import dev.rollscope.app.desktop.Handoff;
import dev.rollscope.app.desktop.SingleInstance;
import dev.rollscope.app.shell.RollscopeApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * The jar's entry point: no argument, or one argument naming a file, opens the window; anything
 * else runs the command line without starting JavaFX and exits with its code. Without a display the
 * window is not tried: one line says so (exit 2), as when the display it names cannot be opened; a crash
 * while it runs is an internal error: one
 * line with the log file (exit 3). (A class that
 * extends Application cannot be the main class of a classpath jar, hence this one.)
 *
 * <p>One window per user: when Rollscope already runs, the file goes to its window and this launch
 * exits at once, silently (exit 0); {@link #NEW_WINDOW} in front opens a window of its own instead.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The option that opens a window of its own even when Rollscope already runs. */
    static final String NEW_WINDOW = "--new-window";

    /**
     * The command that started this program, for a hint the user can type: the installed launcher's
     * name (its path is {@code jpackage.app-path}), or {@code java -jar rollscope.jar}.
     */
    static String command(String appPath) {
        return appPath == null || appPath.isBlank() ? "java -jar rollscope.jar" : Path.of(appPath).getFileName().toString();
    }

    private static String command() {
        return command(System.getProperty("jpackage.app-path"));
    }

    public static void main(String[] args) {
        if (!opensWindow(args)) {
            System.exit(RollscopeCli.run(args));
        }
        boolean newWindow = args.length > 0 && NEW_WINDOW.equals(args[0]);
        String[] file = newWindow ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (!hasDisplay(System.getProperty("os.name"), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println(MessageFormat.format(texts().getString("window.noDisplay"), command()));
            System.exit(ExitCodes.USAGE);
        }
        RollscopeApp.prepare(file);
        try (SingleInstance instance = newWindow ? SingleInstance.alone() : SingleInstance.userFolder()
                .map(folder -> SingleInstance.claim(folder, Handoff.of(file.length == 1 ? Path.of(file[0]) : null)))
                .orElseGet(SingleInstance::alone)) {
            if (instance.handedOff()) {
                System.exit(ExitCodes.OK);
            }
            RollscopeApp.open(instance.server().orElse(null), file);
        } catch (RuntimeException | Error e) {
            if (displayCannotOpen(e)) {
                System.err.println(MessageFormat.format(texts().getString("window.cannotOpenDisplay"),
                        System.getenv("DISPLAY"), command()));
                System.exit(ExitCodes.USAGE);
            }
            ResourceBundle texts = texts();
            System.err.println(new MessageFormat(texts.getString("internal.error"), texts.getLocale())
                    .format(new Object[] {file.length == 1 ? file[0] : "-", texts.getString("internal.everyScenario"),
                        InternalErrorLog.writeOrSay(e, args)}));
            System.exit(ExitCodes.INTERNAL);
        }
    }

    /** The command line's texts (read only when needed: a window's start does without them). */
    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("dev.rollscope.app.cli.messages");
    }

    /**
     * True when JavaFX could not open the display DISPLAY names (none answers there: a stale variable, an
     * SSH session without X forwarding): the user's setup, not a bug.
     */
    static boolean displayCannotOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && "Unable to open DISPLAY".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** False on Linux and other X11/Wayland systems when neither display variable is set; true elsewhere. */
    static boolean hasDisplay(String os, String display, String wayland) {
        boolean x11 = os != null && !os.startsWith("Windows") && !os.startsWith("Mac");
        return !x11 || display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }

    /** True for no argument, or one argument that names an existing regular file; either after {@link #NEW_WINDOW}. */
    static boolean opensWindow(String... args) {
        int first = args.length > 0 && NEW_WINDOW.equals(args[0]) ? 1 : 0;
        return args.length == first || args.length == first + 1 && isFile(args[first]);
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
