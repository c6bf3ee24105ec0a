package dev.rollscope.app.playback.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * failure-pooled-connections' "roll B": the first connection cut is cut when B.1's drain ends
 * (domain.md §8.8). The playback names the cause as the exports do, with the model's label, not
 * the constant.
 */
class EventTextsTest {

    private final SimulationResult r = Examples.run("failure-pooled-connections.json", "roll B");

    @Test
    void aCutNamesItsCauseByTheModelsLabelInEachLanguage() {
        TraceEvent cut = r.trace().events().stream().filter(e -> e.type() == TraceEventType.CUT)
                .findFirst().orElseThrow();
        assertThat(cut.detail()).isEqualTo("DRAIN_ENDED");

        EventTexts en = new EventTexts(r, new PlaybackTexts(Messages.of(Locale.ENGLISH)));
        EventTexts zh = new EventTexts(r, new PlaybackTexts(Messages.of(Locale.SIMPLIFIED_CHINESE)));

        assertThat(en.label(cut)).isEqualTo("cut: drain ended");
        assertThat(en.sentence(cut)).endsWith("(drain ended)");
        assertThat(zh.sentence(cut)).contains("排空结束").doesNotContain("DRAIN_ENDED");
    }

    @Test
    void theEndOfARequestSaysItsVerdictInEachLanguage() {
        TraceEvent done = r.trace().events().stream().filter(e -> e.type() == TraceEventType.REQUEST_DONE)
                .filter(e -> e.detail().equals("FAILED")).findFirst().orElseThrow();

        assertThat(new EventTexts(r, new PlaybackTexts(Messages.of(Locale.ENGLISH))).label(done)).endsWith(" FAILED");
        assertThat(new EventTexts(r, new PlaybackTexts(Messages.of(Locale.SIMPLIFIED_CHINESE))).label(done))
                .endsWith(" 失败");
    }

    @Test
    void aDetailThatIsNeitherCauseNorVerdictIsShownAsItIs() {
        TraceEvent connected = r.trace().events().stream().filter(e -> e.type() == TraceEventType.CONNECTED)
                .findFirst().orElseThrow();

        String sentence = new EventTexts(r, new PlaybackTexts(Messages.of(Locale.ENGLISH))).sentence(connected);

        assertThat(sentence).endsWith("(" + connected.detail() + ")");
    }
}
