package dev.rollscope.app;

import dev.rollscope.app.cli.ExitCodes;
import dev.rollscope.app.cli.InternalErrorLog;
import dev.rollscope.app.cli.RollscopeCli;
import dev.rollscope.app.shell.RollscopeApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The jar's entry point: no argument, or one argument naming a file, opens the window; anything
 * else runs the command line without starting JavaFX and exits with its code. Without a display the
 * window is not tried: one line says so (exit 2); a crash while it runs is an internal error: one
 * line with the log file (exit 3). (A class that
 * extends Application cannot be the main class of a classpath jar, hence this one.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (!opensWindow(args)) {
            System.exit(RollscopeCli.run(args));
        }
        ResourceBundle texts = ResourceBundle.getBundle("dev.rollscope.app.cli.messages");
        if (!hasDisplay(System.getProperty("os.name"), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println(texts.getString("window.noDisplay"));
            System.exit(ExitCodes.USAGE);
        }
        try {
            RollscopeApp.open(args);
        } catch (RuntimeException | Error e) {
            String file = args.length == 1 ? args[0] : "-";
            System.err.println(new MessageFormat(texts.getString("internal.error"), texts.getLocale())
                    .format(new Object[] {file, texts.getString("internal.everyScenario"),
                        InternalErrorLog.writeOrSay(e, args)}));
            System.exit(ExitCodes.INTERNAL);
        }
    }

    /** False on Linux and other X11/Wayland systems when neither display variable is set; true elsewhere. */
    static boolean hasDisplay(String os, String display, String wayland) {
        boolean x11 = os != null && !os.startsWith("Windows") && !os.startsWith("Mac");
        return !x11 || display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }

    /** True for no argument, or one argument that names an existing regular file. */
    static boolean opensWindow(String... args) {
        return args.length == 0 || args.length == 1 && isFile(args[0]);
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
