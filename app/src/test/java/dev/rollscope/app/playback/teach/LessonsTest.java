package dev.rollscope.app.playback.teach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every shipped lesson tells the truth about its example: the request it asks about does fail,
 * with the status and at the hop the lesson says (from examples/README.md and each file's
 * description), and its words exist in English and Chinese, each one line short enough for a
 * two-line caption.
 */
class LessonsTest {

    static final List<Lesson> LESSONS = Lessons.ALL;
    private static final int MAX_CHARS = 150;

    @ParameterizedTest
    @FieldSource("LESSONS")
    void theRequestAskedAboutFailsAsTheLessonSays(Lesson l) {
        SimulationResult result = Examples.run(l.file(), l.scenario());
        Outcome o = result.outcome(l.request());

        assertThat(o.ok()).isFalse();
        assertThat(o.status()).isEqualTo(l.failingStatus());
        assertThat(o.failure().hop()).isEqualTo(l.hop());
    }

    /** The two-pods lesson says the GETs survive (Kong retries them) and only the POST fails. */
    @Test
    void inTheTwoPodsLessonTheGetsSurvive() {
        SimulationResult result = Examples.run("kong-service-pods.json", "GET during pod replacement");

        assertThat(result.outcome("GET-in-flight").ok()).isTrue();
        int get = result.outcome("GET-in-flight").request();
        assertThat(result.trace().events()).anyMatch(e -> e.request() == get && e.type() == TraceEventType.RETRIED);
        assertThat(result.outcome("GET-after").ok()).isTrue();
    }

    @ParameterizedTest
    @FieldSource("LESSONS")
    void everyTextExistsInBothLanguagesOnOneShortLine(Lesson l) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Lessons words = new Lessons(locale);
            List<String> texts = new ArrayList<>(List.of(words.title(l), words.intro(l), words.question(l),
                    words.reveal(l)));
            for (int i = 0; i < l.choices(); i++) {
                texts.add(words.choice(l, i));
            }
            assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("\n")
                    .hasSizeLessThanOrEqualTo(MAX_CHARS));
        }
    }
}
