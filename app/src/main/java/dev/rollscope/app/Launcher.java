package dev.rollscope.app;

import dev.rollscope.app.cli.RollscopeCli;
import dev.rollscope.app.shell.RollscopeApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The jar's entry point: no argument, or one argument naming a file, opens the window; anything
 * else runs the command line without starting JavaFX and exits with its code. (A class that
 * extends Application cannot be the main class of a classpath jar, hence this one.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            RollscopeApp.open(args);
        } else {
            System.exit(RollscopeCli.run(args));
        }
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
