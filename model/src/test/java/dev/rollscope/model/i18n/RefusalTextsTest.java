package dev.rollscope.model.i18n;

import static dev.rollscope.model.i18n.BundlePatterns.placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model's refusals speak English and Simplified Chinese: both bundles hold the same keys with
 * the same placeholders, no apostrophe MessageFormat would swallow, and Chinese words in every
 * Chinese text. A refusal inside another is read in the same language; a verbatim text in none.
 */
class RefusalTextsTest {

    /** An apostrophe that is not doubled: MessageFormat would swallow it (a quoted brace, '{', is taken out first). */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Refusal.class.getResourceAsStream("refusals" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeysWithTheSamePlaceholders() throws Exception {
        Properties en = bundle("");
        Properties zh = bundle("_zh_CN");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en).hasSizeGreaterThan(90);
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(new MessageFormat(zh.getProperty(key)).getFormatsByArgumentIndex())
                    .as(key).hasSameSizeAs(new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void noPatternHasAnApostropheMessageFormatWouldSwallow() throws Exception {
        for (String suffix : new String[] {"", "_zh_CN"}) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                String unbraced = p.getProperty(key).replace("'{'", "").replace("'}'", "");
                assertThat(LONE_QUOTE.matcher(unbraced).find()).as("lone ' in " + key + suffix).isFalse();
            }
        }
    }

    /** Every Chinese text holds Chinese words, except one that is only a place and placeholders. */
    @Test
    void everyChineseTextIsWrittenInChinese() throws Exception {
        Properties zh = bundle("_zh_CN");

        for (String key : zh.stringPropertyNames()) {
            String words = zh.getProperty(key).replaceAll("\\{\\d}", "");
            assertThat(HAN.matcher(words).find() || !words.matches("(?s).*\\p{L}{4,}.*")).as(key).isTrue();
        }
    }

    @Test
    void aRefusalInsideAnotherIsReadInTheSameLanguage() {
        Refusal inner = Refusal.of("time.notTime", "\"soon\"");
        Refusal outer = Refusal.of("setting.refused", "proxy.sendTimeout", inner);

        assertThat(outer.english()).isEqualTo(
                "proxy.sendTimeout: not a time span: \"soon\" (write it like 60s, 1500ms, 10m, 1h or none)");
        assertThat(outer.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "proxy.sendTimeout：无法把 \"soon\" 读作时间（写法如 60s、1500ms、10m、1h 或 none）");
    }

    /** Numbers are shown as the English message always showed them: no grouping, no locale digits. */
    @Test
    void numbersAreWrittenAsPlainDigits() {
        Refusal r = Refusal.of("limit.pastEvents", "s", 50_000_000L, 1_234_567L);

        assertThat(r.english()).isEqualTo("the scenario \"s\" went past 50000000 simulation events at t=1234567 ms; "
                + "shorten it, lower its traffic rate or raise the limit");
    }

    @Test
    void aVerbatimTextReadsTheSameInEveryLanguageAndApostrophesSurvive() {
        Refusal r = Refusal.verbatim("the client's {odd} text");

        assertThat(r.english()).isEqualTo("the client's {odd} text");
        assertThat(r.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("the client's {odd} text");
        assertThat(Refusal.of(new IllegalStateException("plain")).text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("plain");
    }
}
