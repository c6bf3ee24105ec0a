package dev.rollscope.model.analysis;

/** How bad a finding is. */
public enum Severity {
    /** A request of the scenario fails (the simulation shows it for some start). */
    ERROR,
    /** A request would fail if this hop rolled, or a race the simulation does not model can cut it. */
    WARNING,
    /** Worth knowing; nothing fails. */
    INFO
}
