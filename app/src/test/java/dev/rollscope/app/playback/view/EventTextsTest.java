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
    void aDetailThatIsNoCauseIsShownAsItIs() {
        TraceEvent done = r.trace().events().stream().filter(e -> e.type() == TraceEventType.REQUEST_DONE)
                .findFirst().orElseThrow();

        String label = new EventTexts(r, new PlaybackTexts(Messages.of(Locale.ENGLISH))).label(done);

        assertThat(label).endsWith(" " + done.detail());
    }
}
