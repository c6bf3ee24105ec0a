package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every fate of a transaction is told in English and Chinese, and says whether a retry may write twice (§16). */
class DataFateTextsTest {

    private static Failure failure(DataFate.Kind kind, boolean idempotent) {
        return new Failure(Cause.GRACE_PERIOD_EXPIRED, "D", "D.1", "C", 40_000, List.of(), List.of(),
                List.of("D", "D.1", "30s", "35s"), null, false, new DataFate(kind, "D.1", 25_000, 38_000, idempotent));
    }

    @ParameterizedTest
    @EnumSource(DataFate.Kind.class)
    void everyFateIsToldInBothLanguages(DataFate.Kind kind) {
        Explanation plain = Explanation.of(new Failure(Cause.GRACE_PERIOD_EXPIRED, "D", "D.1", "C",
                40_000, List.of(), List.of(), List.of("D", "D.1", "30s", "35s"), null, false), Locale.ENGLISH);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Explanation x = Explanation.of(failure(kind, false), locale);
            assertThat(x.summary() + x.why()).doesNotContain("{").doesNotContain("}");
            if (locale == Locale.ENGLISH) {
                assertThat(x.summary()).startsWith(plain.summary()).isNotEqualTo(plain.summary());
                assertThat(x.why()).startsWith(plain.why()).isNotEqualTo(plain.why());
            } else {
                assertThat(x.summary() + x.why()).matches(s -> s.codePoints().skip(s.length() / 2)
                        .anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "has Chinese characters in its added part");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DataFate.Kind.class)
    void theRetryAdviceFollowsTheFateAndTheMethod(DataFate.Kind kind) {
        String post = Explanation.of(failure(kind, false), Locale.ENGLISH).why();
        String get = Explanation.of(failure(kind, true), Locale.ENGLISH).why();

        assertThat(get).endsWith("so a retry is harmless either way.");
        assertThat(post).endsWith(kind.mayBeWritten()
                ? "Give it an idempotency key, or check before retrying."
                : "A retry is safe: nothing of this attempt is in the database.");
    }
}
