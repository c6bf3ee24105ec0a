package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.scenario.Scenario;
import java.util.Locale;

/**
 * A remedy: a change to how the hop is rolled (or, later, to how the client sends), rather than to
 * a setting. The search tries it on the scenario and keeps it only for what it was shown to do.
 */
public sealed interface Remedy permits SwitchInstead {

    /** The scenario with the remedy in place. */
    Scenario applyTo(Scenario scenario);

    /** What is done instead, in words: "the blue/green switch of D (Service selector)". */
    String text(Locale locale);

    /** What it replaces, in words: "the roll of D". */
    String replacedText(Locale locale);
}
