package dev.rollscope.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.canvas.InstanceVersion;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.SettingGroup;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.TrafficPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("_zh_CN").stringPropertyNames()).isEqualTo(load("").stringPropertyNames());
    }

    @Test
    void everyShownEnumConstantHasANameInBothLanguages() {
        List<Class<? extends Enum<?>>> shown = List.of(HopKind.class, Platform.class, FrontKind.class,
                StopBehaviour.class, TrafficPolicy.class, ReplacementMethod.class, SettingGroup.class, Severity.class,
                InstanceVersion.class, SessionAffinity.class, KongHashOn.class);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages m = Messages.of(locale);
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> c : type.getEnumConstants()) {
                    assertThat(m.name(c)).as(locale + " " + c).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            zh,    CN, 跳点
            zh,    TW, 跳点
            en,    US, Hop
            de,    DE, Hop
            """)
    void anyChineseLocaleGetsSimplifiedChineseAndEveryOtherEnglish(String language, String country, String hop) {
        Messages m = Messages.of(new Locale(language, country));

        assertThat(m.get("hop.category")).isEqualTo(hop);
    }

    /** A hop's instance count on the canvas: "1 instance", "3 instances", "1,000 instances"; in Chinese one form. */
    @Test
    void anInstanceCountTakesItsNumber() {
        Messages en = Messages.of(Locale.ENGLISH);
        assertThat(en.format("canvas.instances", 1)).isEqualTo("1 instance");
        assertThat(en.format("canvas.instances", 3)).isEqualTo("3 instances");
        assertThat(en.format("canvas.instances", 1000)).isEqualTo("1,000 instances");
        assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).format("canvas.instances", 1)).isEqualTo("1 个实例");
    }

    @Test
    void preferenceOverridesTheSystemLocale() {
        assertThat(AppLanguage.SIMPLIFIED_CHINESE.resolve(Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppLanguage.ENGLISH.resolve(Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(AppLanguage.SYSTEM.resolve(Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppLanguage.fromPreference("garbage")).isEqualTo(AppLanguage.SYSTEM);
    }

    @Test
    void formatFillsArgumentsAndKeepsApostrophes() {
        assertThat(Messages.of(Locale.ENGLISH).format("command.change", "A", "proxy.sendTimeout"))
                .isEqualTo("change of A's proxy.sendTimeout");
    }

    @Test
    void theControlsfxTextsWeShowHaveAChineseTranslation() {
        ResourceBundle zh = ResourceBundle.getBundle("controlsfx", Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.getString("property.sheet.search.field.prompt")).isEqualTo("搜索");
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
