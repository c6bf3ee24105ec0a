package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEscapeTest {

    @Test
    void controlCharactersSeparatorsAndBidiOverridesAreEscaped() {
        assertThat(TextEscape.line("a\u001b[2Jb\nc\rd\te\u007ff\u0085g\u2028h\u202Ei\u2066j"))
                .isEqualTo("a\\u001B[2Jb\\nc\\rd\\te\\u007Ff\\u0085g\\u2028h\\u202Ei\\u2066j");
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String s = "roll B — 滚动更新 (50%) \"x\" \\n";
        assertThat(TextEscape.line(s)).isSameAs(s);
    }
}
