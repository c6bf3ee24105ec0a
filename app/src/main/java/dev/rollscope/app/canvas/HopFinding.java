package dev.rollscope.app.canvas;

import dev.rollscope.model.analysis.Severity;
import java.util.Objects;

/**
 * A finding about one hop as the canvas shows it: the input through which the analysis (static
 * checks, simulation verdicts) reaches the hop's badge.
 *
 * @param text one line, in the user's language
 */
public record HopFinding(String hopId, Severity severity, String text) {

    public HopFinding {
        Objects.requireNonNull(hopId, "hopId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }
}
