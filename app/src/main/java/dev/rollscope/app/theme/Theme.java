package dev.rollscope.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
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

    /** Makes this the look of every window and adds Rollscope's stylesheet to {@code scene}. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** The theme stored under a preference value, {@link #LIGHT} for an unknown or missing one. */
    public static Theme fromPreference(String value) {
        return DARK.name().equals(value) ? DARK : LIGHT;
    }
}
