package dev.rollscope.app.canvas;

/** How bad a finding about a hop is, from least to worst; a hop's badge shows its worst. */
public enum Severity {
    INFO,
    WARNING,
    /** A request is cut. */
    ERROR
}
