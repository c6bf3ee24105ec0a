package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandwidthTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            10Mbit/s,  10000000
            1Gbit/s,   1000000000
            512kbit/s, 512000
            10Mbps,    10000000
            2.5Mbit/s, 2500000
            300bit/s,  300
            """)
    void parseReadsDecimalPrefixes(String text, long bitsPerSecond) {
        assertThat(Bandwidth.parse(text).bitsPerSecond()).isEqualTo(bitsPerSecond);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1000000000, 1Gbit/s
            10000000,   10Mbit/s
            2500000,    2500kbit/s
            1500,       1500bit/s
            """)
    void toStringUsesTheLargestExactPrefix(long bitsPerSecond, String text) {
        assertThat(new Bandwidth(bitsPerSecond)).hasToString(text);
    }

    @Test
    void fiftyMegabytesTakeFortySecondsAtTenMegabits() {
        assertThat(Bandwidth.ofMbit(10).transferMillis(ByteSize.ofMegabytes(50))).isEqualTo(40_000);
    }

    @Test
    void transferTimeRoundsUpToTheNextMillisecond() {
        // 8 bits at 3 bit/s = 2.666… s
        assertThat(new Bandwidth(3).transferMillis(ByteSize.ofBytes(1))).isEqualTo(2667);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10MB/s   | not a bandwidth: "10MB/s" (write it like 10Mbit/s, 1Gbit/s or 512kbit/s)
            0Mbit/s  | a bandwidth is a positive whole number of bit/s: "0Mbit/s"
            0.5bit/s | a bandwidth is a positive whole number of bit/s: "0.5bit/s"
            """)
    void parseRefusesBadTextNamingIt(String text, String message) {
        assertThatThrownBy(() -> Bandwidth.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void constructorRefusesZero() {
        assertThatThrownBy(() -> new Bandwidth(0)).hasMessage("a bandwidth must be 1bit/s to 10000Gbit/s, not 0 bit/s");
    }
}
