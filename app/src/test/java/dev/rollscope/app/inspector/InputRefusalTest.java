package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons the inspector gives for refused text, with ranges the settings themselves admit. */
class InputRefusalTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages ZH = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private static final String READ = " Expected a time span from 0s to 365d, written like 60s, 1500ms, 10m or 1h.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -5s       | "-5s" cannot be negative.                                          | 0s
            -0s       | "-0s" cannot be negative.                                          | 0s
            99999999h | "99999999h" is more than 365d, the most this setting takes.         | 365d
            366d      | "366d" is more than 365d, the most this setting takes.             | 365d
            0.4ms     | "0.4ms" cannot be read as a time.                                  | 0s
            2.5ms     | "2.5ms" cannot be read as a time.                                  | 3ms
            """)
    void aNumberWithAUnitGetsWhyTheRangeAndTheNearestValue(String typed, String why, String nearest) {
        assertThat(explain(ProxySettings.UPSTREAM_READ_TIMEOUT, "60s", typed, EN))
                .isEqualTo(why + READ + " Nearest valid value: " + nearest + ".");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abc
            5
            5 parsecs
            none
            """)
    void textThatIsNoNumberWithAUnitGetsTheRangeButNoNearestValue(String typed) {
        assertThat(explain(ProxySettings.UPSTREAM_READ_TIMEOUT, "60s", typed, EN))
                .isEqualTo("\"" + typed + "\" cannot be read as a time." + READ);
    }

    @Test
    void aBoundedSettingGivesItsOwnRange() {
        // front.drainTimeout: 0s to 3600s (FrontSettings); 2h = 7200 s is over, the nearest is 3600 s = 1h.
        assertThat(explain(FrontSettings.DRAIN_TIMEOUT, "300s", "2h", EN)).isEqualTo("\"2h\" is more than 1h, the"
                + " most this setting takes. Expected a time span from 0s to 1h, written like 60s, 1500ms, 10m or 1h."
                + " Nearest valid value: 1h.");
        // proxy.connectTimeout: 1 ms to 2,147,483,646 ms, written 2147483646ms (not whole seconds).
        assertThat(explain(ProxySettings.CONNECT_TIMEOUT, "60s", "0s", EN)).startsWith("\"0s\" is less than 1ms")
                .contains("from 1ms to 2147483646ms").endsWith("Nearest valid value: 1ms.");
    }

    @Test
    void aSettingThatTakesNoneSaysSo() {
        assertThat(explain(LifecycleSettings.STOP_ESCALATION, "none", "-1s", EN)).isEqualTo("\"-1s\" cannot be"
                + " negative. Expected a time span from 0s to 365d or none, written like 60s, 1500ms, 10m or 1h."
                + " Nearest valid value: 0s.");
    }

    @Test
    void countsAndSizesHaveTheirRangesToo() {
        // proxy.retries: 0 to 32,767 (Kong's schema); -3 is negative, 40000 over.
        assertThat(explain(ProxySettings.RETRIES, "5", "40000", EN)).isEqualTo("\"40000\" is more than 32767, the"
                + " most this setting takes. Expected a whole number from 0 to 32767. Nearest valid value: 32767.");
        // A size is at most 1000GB (ByteSize.MAX_PARSED); 2TB cannot be read (no such unit), 2000GB can.
        assertThat(explain(ProxySettings.CLIENT_MAX_BODY_SIZE, "1MB", "2000GB", EN)).isEqualTo("\"2000GB\" is more"
                + " than 1000GB, the most this setting takes. Expected a size from 0B to 1000GB, written like 50MB,"
                + " 1MiB or 16k. Nearest valid value: 1000GB.");
    }

    @Test
    void theReasonIsInChineseToo() {
        assertThat(explain(ProxySettings.UPSTREAM_READ_TIMEOUT, "60s", "99999999h", ZH)).isEqualTo(
                "\"99999999h\" 超过了此设置允许的最大值 365d。 应为 0s 到 365d 之间的时间，写法如 60s、1500ms、10m 或 1h。"
                        + " 最接近的有效值：365d。");
    }

    private static String explain(Setting<?> setting, String current, String typed, Messages messages) {
        return InputRefusal.of(setting, current).orElseThrow().explain(typed, messages);
    }
}
