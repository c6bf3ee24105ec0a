package dev.rollscope.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SettingTextsTest {

    private static final String PATH = "/" + SettingCatalog.TEXT_BUNDLE.replace('.', '/');

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN"})
    void everySettingHasANonBlankLabelAndMeaningInTheLanguageFileItself(String suffix) throws IOException {
        Properties texts = load(suffix);

        for (Setting<?> s : SettingCatalog.all()) {
            assertThat(texts.getProperty(s.labelKey())).as(s.labelKey() + suffix).isNotBlank();
            assertThat(texts.getProperty(s.meaningKey())).as(s.meaningKey() + suffix).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN"})
    void languageFilesHoldNoKeyOfAnUnknownSetting(String suffix) throws IOException {
        Set<String> known = new HashSet<>();
        for (Setting<?> s : SettingCatalog.all()) {
            known.add(s.labelKey());
            known.add(s.meaningKey());
        }

        assertThat(load(suffix).stringPropertyNames()).allMatch(known::contains);
    }

    @Test
    void chineseMeaningsAreWrittenInChinese() throws IOException {
        Properties zh = load("_zh_CN");

        for (Setting<?> s : SettingCatalog.all()) {
            assertThat(zh.getProperty(s.meaningKey()).codePoints().anyMatch(c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(s.meaningKey()).isTrue();
        }
    }

    @Test
    void bundleLookupPicksTheChineseTextForSimplifiedChinese() {
        ResourceBundle zh = ResourceBundle.getBundle(SettingCatalog.TEXT_BUNDLE, Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.getString(ProxySettings.UPSTREAM_READ_TIMEOUT.labelKey())).isEqualTo("上游读取超时");
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SettingTextsTest.class.getResourceAsStream(PATH + suffix + ".properties")) {
            assertThat(in).as(PATH + suffix).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
