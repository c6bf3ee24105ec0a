package dev.rollscope.app.canvas;

import dev.rollscope.model.analysis.Severity;
import java.util.Objects;

/**
 * A finding about one hop as the canvas shows it: the input through which the analysis (static
 * checks, simulation verdicts) reaches the hop's badge.
 *
 * @param text  one line, in the user's language
 * @param count how many findings the line stands for (more than one for the failed requests summed up
 *              beyond those listed one by one)
 */
public record HopFinding(String hopId, Severity severity, String text, int count) {

    public HopFinding {
        Objects.requireNonNull(hopId, "hopId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        if (count < 1) {
            throw new IllegalArgumentException("a finding line stands for at least one finding, not " + count);
        }
    }

    /** One finding. */
    public HopFinding(String hopId, Severity severity, String text) {
        this(hopId, severity, text, 1);
    }
}
