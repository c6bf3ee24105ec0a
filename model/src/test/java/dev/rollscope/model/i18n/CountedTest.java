package dev.rollscope.model.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountedTest {

    private static final String PODS = "{0,choice,0#0 pods|1#1 pod|1<{0,number,0} pods} of {1}, at most {0,number,0}";

    @Test
    void aCountGivenAsTextChoosesItsWordsAndKeepsItsDigits() {
        assertThat(Counted.format(PODS, Locale.ENGLISH, "0", "D")).isEqualTo("0 pods of D, at most 0");
        assertThat(Counted.format(PODS, Locale.ENGLISH, "1", "D")).isEqualTo("1 pod of D, at most 1");
        assertThat(Counted.format(PODS, Locale.ENGLISH, "1000", "D")).isEqualTo("1000 pods of D, at most 1000");
    }

    @Test
    void aNumberIsLeftAsItIsAndAPlainArgumentStaysText() {
        assertThat(Counted.format("{0,choice,1#1 hop|1<{0} hops} ({1})", Locale.ENGLISH, 2000L, "1000"))
                .isEqualTo("2,000 hops (1000)");
    }
}
