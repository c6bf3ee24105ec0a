package dev.rollscope.app.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The font family that shows the user's language. JavaFX's default font on Linux may have no
 * Chinese glyphs and its fallback may not find one, so for Chinese the first installed CJK family
 * of a known list is chosen explicitly.
 */
public final class Fonts {

    private static final List<String> SIMPLIFIED_CHINESE = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei", "Droid Sans Fallback");

    private Fonts() {
    }

    /** The family to use for {@code locale}, or empty to keep the theme's font. */
    public static Optional<String> familyFor(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return Optional.empty();
        }
        List<String> installed = Font.getFamilies();
        return SIMPLIFIED_CHINESE.stream().filter(installed::contains).findFirst();
    }

    /**
     * True when {@code locale}'s script needs a font this machine lacks: Chinese with none of the
     * known CJK families installed, whose characters would show as boxes.
     */
    public static boolean lacksGlyphsFor(Locale locale) {
        return lacksGlyphsFor(locale, Font.getFamilies());
    }

    static boolean lacksGlyphsFor(Locale locale, List<String> installed) {
        return "zh".equals(locale.getLanguage()) && SIMPLIFIED_CHINESE.stream().noneMatch(installed::contains);
    }

    /** A stylesheet (data URI) giving every window, tooltip and menu that family, or empty. */
    public static Optional<String> stylesheetFor(Locale locale) {
        return familyFor(locale).map(family -> {
            String css = ".root, .tooltip, .context-menu { -fx-font-family: \"" + family + "\"; }";
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        });
    }
}
