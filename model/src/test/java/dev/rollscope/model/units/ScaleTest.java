package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    @Test
    void parseReadsACountAndAPercentage() {
        assertThat(Scale.parse("3")).isEqualTo(Scale.count(3));
        assertThat(Scale.parse("25%")).isEqualTo(Scale.percent(25));
        assertThat(Scale.percent(25)).hasToString("25%");
        assertThat(Scale.count(3)).hasToString("3");
    }

    @ParameterizedTest(name = "{0} of {1} rounded {2} = {3}")
    @CsvSource(textBlock = """
            25%, 3,  UP,   1
            25%, 3,  DOWN, 0
            25%, 10, UP,   3
            25%, 10, DOWN, 2
            100%, 3, DOWN, 3
            2,   10, UP,   2
            """)
    void resolveRoundsPercentagesAsKubernetesDoes(String scale, int total, RoundingMode rounding, int expected) {
        assertThat(Scale.parse(scale).resolve(total, rounding)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            150% | a percentage cannot exceed 100%: 150%
            -1   | a count or percentage cannot be negative: -1
            many | not a count or percentage: "many" (write 3 or 25%)
            """)
    void parseRefusesBadTextNamingIt(String text, String message) {
        assertThatThrownBy(() -> Scale.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
