package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.InstanceState;
import javafx.scene.paint.Color;

/**
 * The colours of the playback canvas, for a light or a dark background. A canvas cannot follow the
 * stylesheet, so the two sets mirror the AtlantaFX Primer palettes the theme uses.
 */
public record Palette(Color background, Color text, Color muted, Color line, Color oldVersion, Color newVersion,
                      Color get, Color post, Color ok, Color failure, Color warning, Color fill) {

    public static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#656d76"),
            Color.web("#d0d7de"), Color.web("#54aeff"), Color.web("#4ac26b"), Color.web("#0969da"),
            Color.web("#8250df"), Color.web("#1a7f37"), Color.web("#cf222e"), Color.web("#bf8700"),
            Color.web("#fff8c5"));
    public static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"),
            Color.web("#30363d"), Color.web("#1f6feb"), Color.web("#2ea043"), Color.web("#58a6ff"),
            Color.web("#bc8cff"), Color.web("#3fb950"), Color.web("#f85149"), Color.web("#d29922"),
            Color.web("#3b2e0a"));

    /** The outline of an instance box in a state. */
    public Color stateColour(InstanceState state) {
        return switch (state) {
            case STARTING, LISTENING -> muted;
            case READY -> ok;
            case TERMINATING -> warning;
            case STOPPING -> warning.darker();
            case DOWN, GONE -> failure;
        };
    }

    /** The colour of a request's token by its method. */
    public Color method(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? get : post;
    }
}
