package dev.rollscope.app.cli;

import dev.rollscope.model.units.TimeSpan;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --step TIME}: the time between two start offsets of the danger search (100 ms unless given). */
final class SearchStep {

    @Option(names = "--step", paramLabel = "TIME", defaultValue = "100ms", descriptionKey = "search.step")
    private String step;

    /**
     * The step as a time.
     *
     * @throws ParameterException when it is not a positive time
     */
    TimeSpan value(CommandLine cli) {
        try {
            TimeSpan t = TimeSpan.parse(step);
            if (t.isNone() || t.millis() <= 0) {
                throw new IllegalArgumentException("--step must be a positive time, not " + step);
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage(), e, null, step);
        }
    }
}
