package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      t=0.0s
            20000,  t=20.0s
            19950,  t=19.95s
            20102,  t=20.102s
            12400,  t=12.4s
            """)
    void momentsKeepAtLeastOneDecimalAndDropTrailingZeros(long millis, String expected) {
        assertThat(Times.at(millis)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            152,    152ms
            999,    999ms
            1000,   1s
            1500,   1.5s
            45801,  45.801s
            """)
    void durationsUseMillisecondsBelowOneSecond(long millis, String expected) {
        assertThat(Times.span(millis)).isEqualTo(expected);
    }
}
