package dev.rollscope.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            50MB,  50000000
            1kB,   1000
            2GB,   2000000000
            1MiB,  1048576
            1KiB,  1024
            1m,    1048576
            8k,    8192
            1g,    1073741824
            1024,  1024
            1500B, 1500
            0,     0
            """)
    void parseReadsDecimalBinaryAndNginxUnits(String text, long bytes) {
        assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            50000000, 50MB
            1048576,  1MiB
            16384,    16KiB
            1500,     1500B
            0,        0B
            """)
    void toStringPrefersDecimalThenBinaryThenBytes(long bytes, String text) {
        assertThat(ByteSize.ofBytes(bytes)).hasToString(text);
    }

    @Test
    void bitsAreEightPerByte() {
        assertThat(ByteSize.ofMegabytes(50).bits()).isEqualTo(400_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -1MB   | a size cannot be negative: "-1MB"
            5XB    | unknown size unit "XB" in "5XB" (use B, kB, MB, GB, KiB, MiB, GiB, or nginx's k, m, g)
            big    | not a size: "big" (write it like 50MB, 1MiB, 8k or 1024)
            0.5B   | a size is a whole number of bytes: "0.5B"
            """)
    void parseRefusesBadTextNamingIt(String text, String message) {
        assertThatThrownBy(() -> ByteSize.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void constructorRefusesNegativeBytes() {
        assertThatThrownBy(() -> new ByteSize(-1)).hasMessage("a size cannot be negative: -1 bytes");
    }
}
