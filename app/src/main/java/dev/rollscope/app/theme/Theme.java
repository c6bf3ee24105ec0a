package dev.rollscope.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The app's two looks: AtlantaFX Primer light and dark as the user-agent stylesheet, plus
 * Rollscope's own stylesheet, whose colours are tokens that refer to the AtlantaFX palette, so
 * one stylesheet serves both themes. AtlantaFX's stylesheets are read in their binary form (BSS),
 * which JavaFX loads faster than it parses the CSS.
 */
public enum Theme {
    // the colours of AtlantaFX Primer's -color-bg-default and -color-fg-default
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS(), Color.web("#ffffff"), Color.web("#24292f")),
    DARK(new PrimerDark().getUserAgentStylesheetBSS(), Color.web("#0d1117"), Color.web("#c9d1d9"));

    /** The size of text in AtlantaFX Primer (its {@code .root}'s -fx-font-size), in pixels. */
    public static final double FONT_SIZE = 14;

    /** Rollscope's stylesheet: tokens in {@code .root}, rules per {@link StyleClasses} constant. */
    public static final String STYLESHEET =
            Objects.requireNonNull(Theme.class.getResource("rollscope.css"), "rollscope.css").toExternalForm();

    private final String userAgentStylesheet;
    private final Color background;
    private final Color foreground;

    Theme(String userAgentStylesheet, Color background, Color foreground) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.background = background;
        this.foreground = foreground;
    }

    /**
     * The theme's background colour, for what is drawn before the stylesheets are loaded (they take a
     * few hundred milliseconds at the start).
     */
    public Color background() {
        return background;
    }

    /** The theme's colour of text, for what is drawn before the stylesheets are loaded. */
    public Color foreground() {
        return foreground;
    }

    /**
     * Makes this the look of every window and gives {@code scene} Rollscope's stylesheet and a
     * font that shows {@code locale}'s script.
     */
    public void apply(Scene scene, Locale locale) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        List<String> sheets = new ArrayList<>(List.of(STYLESHEET));
        Fonts.stylesheetFor(locale).ifPresent(sheets::add);
        scene.getStylesheets().removeIf(s -> s.equals(STYLESHEET) || s.startsWith("data:text/css"));
        scene.getStylesheets().addAll(sheets);
    }

    /** The theme stored under a preference value, {@link #LIGHT} for an unknown or missing one. */
    public static Theme fromPreference(String value) {
        return DARK.name().equals(value) ? DARK : LIGHT;
    }
}
