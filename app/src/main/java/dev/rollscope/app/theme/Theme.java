package dev.rollscope.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The app's two looks: AtlantaFX Primer light and dark as the user-agent stylesheet, plus
 * Rollscope's own stylesheet, whose colours are tokens that refer to the AtlantaFX palette, so
 * one stylesheet serves both themes.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    /** Rollscope's stylesheet: tokens in {@code .root}, rules per {@link StyleClasses} constant. */
    public static final String STYLESHEET =
            Objects.requireNonNull(Theme.class.getResource("rollscope.css"), "rollscope.css").toExternalForm();

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
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
