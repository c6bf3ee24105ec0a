package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            60s,    60000
            1500ms, 1500
            10m,    600000
            2min,   120000
            1h,     3600000
            1d,     86400000
            1.5s,   1500
            0s,     0
            ' 7s ', 7000
            """)
    void parseReadsEachUnit(String text, long millis) {
        assertThat(TimeSpan.parse(text).millis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            60000,   60s
            1500,    1500ms
            600000,  600s
            0,       0s
            """)
    void toStringIsWholeSecondsOrMilliseconds(long millis, String text) {
        assertThat(TimeSpan.ofMillis(millis)).hasToString(text);
    }

    @Test
    void noneMeansNoLimitAndRoundTrips() {
        TimeSpan none = TimeSpan.parse("none");
        assertThat(none.isNone()).isTrue();
        assertThat(none).hasToString("none");
        assertThat(TimeSpan.ofSeconds(5).plus(none)).isEqualTo(TimeSpan.NONE);
    }

    @Test
    void plusAddsMilliseconds() {
        assertThat(TimeSpan.ofSeconds(1).plus(TimeSpan.ofMillis(500))).isEqualTo(TimeSpan.ofMillis(1500));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -5s    | a time span cannot be negative: "-5s"
            5      | not a time span: "5" (write it like 60s, 1500ms, 10m, 1h or none)
            5 sec  | not a time span: "5 sec" (write it like 60s, 1500ms, 10m, 1h or none)
            0.5ms  | a time span is whole milliseconds: "0.5ms"
            """)
    void parseRefusesBadTextNamingIt(String text, String message) {
        assertThatThrownBy(() -> TimeSpan.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void constructorRefusesNegativeMillis() {
        assertThatThrownBy(() -> new TimeSpan(-1)).hasMessage("a time span cannot be negative: -1 ms");
    }
}
