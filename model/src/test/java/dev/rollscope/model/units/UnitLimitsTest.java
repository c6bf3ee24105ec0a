package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits that keep unit arithmetic inside a long (issue 18): what a file may hold, and what
 * happens at the edges. Each test names the defect it guards against.
 */
class UnitLimitsTest {

    @Test
    void aHundredGigabyteBodyAtOneBitPerSecondIsComputedExactly() {
        // 100e9 bytes = 8e11 bits; at 1 bit/s that is 8e11 s = 8e14 ms, far inside a long.
        assertThat(Bandwidth.parse("1bit/s").transferMillis(ByteSize.parse("100GB"))).isEqualTo(800_000_000_000_000L);
    }

    @Test
    void theLargestSizeAtTheSlowestRateStillFits() {
        // 1 TB = 8e12 bits at 1 bit/s = 8e15 ms.
        assertThat(Bandwidth.transferMillis(ByteSize.MAX_PARSED, 1)).isEqualTo(8_000_000_000_000_000L);
    }

    @Test
    void transferMillisRoundsUpAtTheFastestRate() {
        // 1 byte = 8 bits at 1e13 bit/s: 8e-10 s, rounded up to 1 ms.
        assertThat(Bandwidth.transferMillis(1, Bandwidth.MAX_BITS_PER_SECOND)).isEqualTo(1);
    }

    @Test
    void transferMillisOfANineExabyteBodyFailsLoudlyInsteadOfWrapping() {
        assertThatThrownBy(() -> Bandwidth.transferMillis(9_000_000_000_000_000_000L, 1))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aNineExabyteBodyIsRefusedWhenRead() {
        assertThatThrownBy(() -> ByteSize.parse("9000000000000000000B"))
                .hasMessage("a size is at most 1000GB, not \"9000000000000000000B\"");
    }

    @Test
    void plusSaturatesAtNoneInsteadOfOverflowing() {
        TimeSpan nearlyForever = TimeSpan.ofMillis(Long.MAX_VALUE - 10);
        assertThat(nearlyForever.plus(TimeSpan.ofMillis(11))).isEqualTo(TimeSpan.NONE);
        assertThat(nearlyForever.plus(TimeSpan.ofMillis(9)).millis()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void wholeSecondsAtLeastOfAHugeNeedIsNoneNotAnOverflow() {
        assertThat(TimeSpan.wholeSecondsAtLeast(Long.MAX_VALUE - 1)).isEqualTo(TimeSpan.NONE);
        assertThat(TimeSpan.wholeSecondsAtLeast(1001)).isEqualTo(TimeSpan.ofSeconds(2));
        assertThat(TimeSpan.wholeSecondsAtLeast(0)).isEqualTo(TimeSpan.ofSeconds(1));
    }

    @Test
    void threeHundredSixtyFiveDaysIsTheLongestFiniteSpan() {
        assertThat(TimeSpan.parse("365d")).isEqualTo(TimeSpan.MAX_FINITE);
        assertThat(TimeSpan.parse("8760h").millis()).isEqualTo(31_536_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            99999999h                 | a time span is at most 365d (or none for no limit), not "99999999h"
            366d                      | a time span is at most 365d (or none for no limit), not "366d"
            106751991167d             | a time span is at most 365d (or none for no limit), not "106751991167d"
            1e9s                      | not a time span: "1e9s" (write it like 60s, 1500ms, 10m, 1h or none)
            -0s                       | a time span cannot be negative: "-0s"
            1.0005s                   | a time span is whole milliseconds: "1.0005s"
            """)
    void extremeTimeTextsAreRefusedNamingTheLimit(String text, String message) {
        assertThatThrownBy(() -> TimeSpan.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aNulAfterATimeIsRefused() {
        assertThatThrownBy(() -> TimeSpan.parse("60s\u0000"))
                .hasMessage("not a time span: \"60s\\u0000\" (it holds a control character)");
    }

    @Test
    void aNewlineInsideASizeOrBandwidthIsRefused() {
        assertThatThrownBy(() -> ByteSize.parse("1MB\n")).hasMessageContaining("\"1MB\\n\" (it holds a control character)");
        assertThatThrownBy(() -> Bandwidth.parse("\t1Gbit/s")).hasMessageContaining("control character");
        assertThatThrownBy(() -> Scale.parse("25%\r")).hasMessageContaining("control character");
    }

    @Test
    void anAbsurdBandwidthIsRefusedNamingTheLimit() {
        String e39 = "1" + "0".repeat(39) + "bit/s";
        assertThatThrownBy(() -> Bandwidth.parse(e39)).hasMessage("a bandwidth is at most 10000Gbit/s, not \"1"
                + "0".repeat(39) + "…\" (45 characters)");
        assertThatThrownBy(() -> Bandwidth.parse("10001Gbit/s"))
                .hasMessage("a bandwidth is at most 10000Gbit/s, not \"10001Gbit/s\"");
        assertThat(Bandwidth.parse("10000Gbit/s").bitsPerSecond()).isEqualTo(Bandwidth.MAX_BITS_PER_SECOND);
    }

    @Test
    void numbersAreReadExactlyNotThroughADouble() {
        // 1.001 * 1000 is 1000.9999999999999 in a double, which would not be a whole number of bytes.
        assertThat(ByteSize.parse("1.001kB").bytes()).isEqualTo(1001);
        assertThat(TimeSpan.parse("1.001s").millis()).isEqualTo(1001);
        assertThat(Bandwidth.parse("1.001kbit/s").bitsPerSecond()).isEqualTo(1001);
    }

    @Test
    void aLongTextIsQuotedAsAShortExcerpt() {
        String huge = "9".repeat(1_000_000) + "s";
        assertThatThrownBy(() -> TimeSpan.parse(huge)).hasMessage(
                "not a time span: \"" + "9".repeat(40) + "…\" (1000001 characters) (write it like 60s, 1500ms, 10m, 1h or none)");
    }
}
