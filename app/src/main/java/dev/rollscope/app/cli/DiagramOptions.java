package dev.rollscope.app.cli;

import dev.rollscope.model.export.ExportOptions;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --show-lbs}, {@code --no-autonumber}, {@code --detail all|essential}: how a diagram is drawn. */
final class DiagramOptions {

    /** How much of the trace a diagram tells, as typed on the command line. */
    enum DetailLevel {
        all(ExportOptions.Detail.ALL), essential(ExportOptions.Detail.ESSENTIAL);

        private final ExportOptions.Detail detail;

        DetailLevel(ExportOptions.Detail detail) {
            this.detail = detail;
        }
    }

    @Option(names = "--show-lbs", descriptionKey = "export.showLbs")
    private boolean showLoadBalancers;

    @Option(names = "--no-autonumber", descriptionKey = "export.noAutonumber")
    private boolean noAutonumber;

    @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "essential", descriptionKey = "export.detail")
    private DetailLevel detail;

    ExportOptions options(Locale locale) {
        return new ExportOptions(showLoadBalancers, !noAutonumber, locale, detail.detail);
    }
}
