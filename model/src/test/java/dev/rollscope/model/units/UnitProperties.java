package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based checks of the units (issue 18): any text is parsed or refused with a short
 * one-line message, never another exception; every value a file may hold round-trips; and the
 * arithmetic equals exact big-integer arithmetic, or saturates where documented.
 */
class UnitProperties {

    @Property(tries = 2000, seed = "18")
    void anyTextIsParsedOrRefusedWithAShortLine(@ForAll @StringLength(max = 200) String text) {
        for (java.util.function.Function<String, ?> parser : java.util.List.<java.util.function.Function<String, ?>>of(
                TimeSpan::parse, ByteSize::parse, Bandwidth::parse, Scale::parse)) {
            try {
                assertThat(parser.apply(text)).isNotNull();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300).doesNotContainPattern("[\\p{Cntrl}]");
            }
        }
    }

    @Property(tries = 1000, seed = "18")
    void unitLikeTextIsParsedOrRefusedWithAShortLine(@ForAll("unitLike") String text) {
        anyTextIsParsedOrRefusedWithAShortLine(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> unitLike() {
        net.jqwik.api.Arbitrary<String> number = net.jqwik.api.Arbitraries.strings().withChars("0123456789.-+e")
                .ofMinLength(0).ofMaxLength(30);
        net.jqwik.api.Arbitrary<String> unit = net.jqwik.api.Arbitraries.of("ms", "s", "m", "min", "h", "d", "B", "kB",
                "MB", "GB", "KiB", "MiB", "GiB", "k", "m", "g", "bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Mbps", "%", "",
                " s", "s\u0000", "\n");
        return net.jqwik.api.Combinators.combine(number, unit).as(String::concat);
    }

    @Property(tries = 1000, seed = "18")
    void aTimeSpanWithinTheLimitRoundTrips(@ForAll @LongRange(min = 0, max = 365L * 86_400_000L) long millis) {
        TimeSpan t = TimeSpan.ofMillis(millis);
        assertThat(TimeSpan.parse(t.toString())).isEqualTo(t);
    }

    @Property(tries = 1000, seed = "18")
    void aSizeWithinTheLimitRoundTrips(@ForAll @LongRange(min = 0, max = ByteSize.MAX_PARSED) long bytes) {
        ByteSize s = ByteSize.ofBytes(bytes);
        assertThat(ByteSize.parse(s.toString())).isEqualTo(s);
    }

    @Property(tries = 1000, seed = "18")
    void aBandwidthWithinTheLimitRoundTrips(@ForAll @LongRange(min = 1, max = Bandwidth.MAX_BITS_PER_SECOND) long bps) {
        Bandwidth b = new Bandwidth(bps);
        assertThat(Bandwidth.parse(b.toString())).isEqualTo(b);
    }

    @Property(tries = 2000, seed = "18")
    void transferMillisIsTheExactCeiling(@ForAll @LongRange(min = 0, max = ByteSize.MAX_PARSED) long bytes,
                                         @ForAll @LongRange(min = 1, max = Bandwidth.MAX_BITS_PER_SECOND) long bps) {
        BigInteger[] qr = BigInteger.valueOf(bytes).multiply(BigInteger.valueOf(8000)).divideAndRemainder(
                BigInteger.valueOf(bps));
        long expected = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        assertThat(Bandwidth.transferMillis(bytes, bps)).isEqualTo(expected);
    }

    @Property(tries = 2000, seed = "18")
    void plusIsExactOrNone(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
                           @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        TimeSpan got = TimeSpan.ofMillis(a).plus(TimeSpan.ofMillis(b));
        if (sum.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) >= 0) {
            assertThat(got).isEqualTo(TimeSpan.NONE);
        } else {
            assertThat(got.millis()).isEqualTo(sum.longValueExact());
        }
    }
}
