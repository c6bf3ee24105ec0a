package dev.rollscope.app.cli;

import java.text.MessageFormat;
import picocli.CommandLine.Model.CommandSpec;

/** Texts of a command from the command line's resource bundle. */
final class CliText {

    private CliText() {
    }

    /** The bundle's pattern for {@code key}, formatted with {@link MessageFormat}. */
    static String format(CommandSpec spec, String key, Object... args) {
        return new MessageFormat(spec.resourceBundle().getString(key), spec.resourceBundle().getLocale())
                .format(args);
    }
}
