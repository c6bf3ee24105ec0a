package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplanationTest {

    private static final List<String> ARGS = List.of("HOP0", "ARG1", "ARG2", "ARG3", "ARG4");

    private static Failure failure(Cause cause) {
        return new Failure(cause, "HOP0", "HOP0.1", "client", 0, List.of(), List.of(), ARGS, null);
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseIsExplainedInEnglishWithItsArguments(Cause cause) {
        Explanation en = Explanation.of(failure(cause), Locale.ENGLISH);

        assertFilled(en);
        assertThat(en.summary() + en.why() + en.inequality() + en.fix()).contains("HOP0", "ARG1");
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseIsExplainedInChinese(Cause cause) {
        Explanation en = Explanation.of(failure(cause), Locale.ENGLISH);
        Explanation zh = Explanation.of(failure(cause), Locale.SIMPLIFIED_CHINESE);

        assertFilled(zh);
        assertThat(zh.why()).isNotEqualTo(en.why()).matches(s -> s.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                "has Chinese characters");
    }

    private static void assertFilled(Explanation x) {
        for (String s : List.of(x.summary(), x.why(), x.inequality(), x.fix())) {
            assertThat(s).isNotBlank().doesNotContain("{").doesNotContain("}");
        }
    }
}
