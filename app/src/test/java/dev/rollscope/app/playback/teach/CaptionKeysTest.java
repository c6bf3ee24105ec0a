package dev.rollscope.app.playback.teach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.sim.TraceEventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every event the lessons pause at has its sentence in English and in Chinese (a verdict: both its sentences). */
class CaptionKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"playback.properties", "playback_zh_CN.properties"})
    void everyToldEventHasItsSentence(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Captions.class.getResourceAsStream("/dev/rollscope/app/playback/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (TraceEventType type : TraceEventType.values()) {
            String key = Captions.key(type);
            if (type == TraceEventType.REQUEST_DONE) {
                keys.addAll(List.of(key + ".OK", key + ".FAILED"));
            } else if (key != null) {
                keys.add(key);
            }
        }

        assertThat(keys).hasSize(19).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        assertThat(Arrays.stream(TraceEventType.values()).filter(t -> Captions.key(t) == null)).hasSize(20);
    }
}
