package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the inspector says while a bad value is typed is in the UI's language, to the end: the
 * model's own reason (a unit that cannot be read, a hop's rule) is read in Chinese too, not only
 * the inspector's hint before it. In English it is the model's message as it always was.
 */
class InspectorRefusalLanguageTest {

    private static InspectorModel inspector(Locale locale, Document document) {
        return new InspectorModel(new Editor(document, Messages.of(locale)));
    }

    @Test
    void aBadTimeIsRefusedInChinese() {
        Document document = new Document(TestProjects.abcd());
        InspectorModel zh = inspector(Locale.SIMPLIFIED_CHINESE, document);
        document.select("A");

        assertThat(zh.item("proxy.upstreamReadTimeout").orElseThrow().check("soon")).contains(
                "无法把 \"soon\" 读作时间。 应为 0s 到 365d 之间的时间，写法如 60s、1500ms、10m 或 1h。");
    }

    @Test
    void aBadBandwidthSaysTheModelsReasonInChineseAndAsBeforeInEnglish() {
        Document document = new Document(TestProjects.abcd());
        document.selectClient();

        assertThat(inspector(Locale.SIMPLIFIED_CHINESE, document).item("client.upload").orElseThrow().check("fast"))
                .contains("请输入速率，例如 10Mbit/s 或 1Gbit/s。\n无法把 \"fast\" 读作带宽（写法如 10Mbit/s、1Gbit/s 或 512kbit/s）");
        assertThat(inspector(Locale.ENGLISH, document).item("client.upload").orElseThrow().check("fast"))
                .contains("Write a rate like 10Mbit/s or 1Gbit/s.\n"
                        + "not a bandwidth: \"fast\" (write it like 10Mbit/s, 1Gbit/s or 512kbit/s)");
    }

    @Test
    void aHopsOwnRuleIsReadInChinese() {
        Document document = new Document(TestProjects.abcd());
        InspectorModel zh = inspector(Locale.SIMPLIFIED_CHINESE, document);
        document.select("A");

        assertThat(zh.item("hop.replicas").orElseThrow().check("0"))
                .contains("请输入整数，例如 3。\n跳点 A：副本数（replicas）必须是 1 到 1000，而不是 0");
    }
}
