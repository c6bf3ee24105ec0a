package dev.rollscope.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whether a language's script has a font on this machine: Chinese needs one of the known CJK families. */
class FontsTest {

    @Test
    void chineseLacksGlyphsOnlyWithoutAnyKnownCjkFamily() {
        List<String> latinOnly = List.of("DejaVu Sans", "Liberation Sans");

        assertThat(Fonts.lacksGlyphsFor(Locale.SIMPLIFIED_CHINESE, latinOnly)).isTrue();
        assertThat(Fonts.lacksGlyphsFor(Locale.SIMPLIFIED_CHINESE, List.of("DejaVu Sans", "WenQuanYi Micro Hei")))
                .isFalse();
        assertThat(Fonts.lacksGlyphsFor(Locale.ENGLISH, latinOnly)).isFalse();
    }
}
