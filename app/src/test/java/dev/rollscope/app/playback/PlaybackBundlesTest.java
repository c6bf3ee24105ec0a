package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.TraceEventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaybackBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dev/rollscope/app/playback/playback", "/dev/rollscope/app/scenario/scenario"})
    void englishAndChineseBundlesHaveTheSameKeys(String bundle) throws IOException {
        assertThat(load(bundle + "_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load(bundle + ".properties").stringPropertyNames());
    }

    @Test
    void everyEventStateAndCauseHasWordsInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            PlaybackTexts t = new PlaybackTexts(Messages.of(locale));
            for (TraceEventType type : TraceEventType.values()) {
                assertThat(t.get("event." + type.name())).as(locale + " " + type).isNotBlank();
                assertThat(t.get("arrow." + type.name())).as(locale + " " + type).isNotBlank();
            }
            for (InstanceState s : InstanceState.values()) {
                assertThat(t.name(s)).isNotBlank();
            }
            for (Cause c : Cause.values()) {
                assertThat(t.name(c)).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PlaybackBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
