package dev.rollscope.model.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.InstanceState;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    /** Every enum of the model whose constants a user reads by name. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(Cause.class, Severity.class, HopKind.class,
            Platform.class, FrontKind.class, StopBehaviour.class, TrafficPolicy.class, ReplacementMethod.class,
            SettingGroup.class, InstanceState.class, SessionAffinity.class, KongHashOn.class);
    /** The enums whose constants also have a short name. */
    static final List<Class<? extends Enum<?>>> SHORT = List.of(Platform.class, FrontKind.class);

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN"})
    void everyConstantHasANameInTheLanguageFileItself(String suffix) throws IOException {
        Properties texts = load(suffix);

        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> c : type.getEnumConstants()) {
                assertThat(texts.getProperty(Labels.key(c))).as(Labels.key(c) + suffix).isNotBlank();
                if (SHORT.contains(type)) {
                    assertThat(texts.getProperty(Labels.key(c) + ".short")).as(Labels.key(c) + suffix).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN"})
    void theLanguageFilesHoldNoNameOfAConstantThatDoesNotExist(String suffix) throws IOException {
        Set<String> known = new HashSet<>(Set.of("Verdict.OK", "Verdict.FAILED"));
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> c : type.getEnumConstants()) {
                known.add(Labels.key(c));
                if (SHORT.contains(type)) {
                    known.add(Labels.key(c) + ".short");
                }
            }
        }

        assertThat(load(suffix).stringPropertyNames()).isEqualTo(known);
    }

    @Test
    void everyCauseHasItsOwnNameInEachLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Labels labels = Labels.of(locale);
            Set<String> names = new HashSet<>();
            for (Cause c : Cause.values()) {
                names.add(labels.name(c));
            }
            assertThat(names).as(locale.toString()).hasSize(Cause.values().length);
        }
    }

    @Test
    void namesAreReadInTheRequestedLanguage() {
        Labels en = Labels.of(Locale.ENGLISH);
        Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);

        assertThat(en.name(Cause.DRAIN_ENDED)).isEqualTo("drain ended");
        assertThat(zh.name(Cause.DRAIN_ENDED)).isEqualTo("排空结束");
        assertThat(en.name(Cause.LB_BACKEND_TIMEOUT)).isEqualTo("LB backend timeout");
        assertThat(en.name(Platform.GCE_MIG)).isEqualTo("GCE managed instance group");
        assertThat(en.shortName(Platform.GCE_MIG)).isEqualTo("GCE MIG");
        assertThat(zh.shortName(FrontKind.GCP_EXTERNAL_ALB)).isEqualTo("外部 ALB");
        assertThat(Labels.of(Locale.GERMAN).name(HopKind.KONG)).isEqualTo("Kong Gateway");
        assertThat(en.verdict(false)).isEqualTo("FAILED");
        assertThat(zh.verdict(true)).isEqualTo("成功");
    }

    @Test
    void aTraceDetailIsNamedWhenItIsAConstantAndKeptWhenItIsNot() {
        Labels en = Labels.of(Locale.ENGLISH);

        assertThat(en.nameOr(Cause.class, "KONG_QUIT_TIMEOUT")).isEqualTo("kong quit timed out (TERM)");
        assertThat(en.nameOr(Cause.class, "pooled")).isEqualTo("pooled");
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        String resource = "/" + Labels.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = LabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
