package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The inspector says "not simulated" for a setting the engine does not read on the hop, and only there. */
class NotSimulatedRowsTest {

    private ItemModel row(Locale locale, String hop, String id) {
        Document document = new Document(TestProjects.abcd());
        InspectorModel inspector = new InspectorModel(new Editor(document, Messages.of(locale)));
        document.select(hop);
        return inspector.item(id).orElseThrow();
    }

    /** B's passthrough NLB connection-tracking timeout is read by a static check only (domain.md §3). */
    @Test
    void aSettingTheEngineDoesNotReadSaysSoInEnglishAndChinese() {
        ItemText en = row(Locale.ENGLISH, "B", "front.conntrackIdleTimeout").text();
        ItemText zh = row(Locale.SIMPLIFIED_CHINESE, "B", "front.conntrackIdleTimeout").text();

        assertThat(en.label()).isEqualTo("Connection tracking idle timeout (not simulated)");
        assertThat(en.meaning()).contains("Not simulated: the simulation does not read this setting on this hop");
        assertThat(zh.label()).isEqualTo("连接跟踪空闲超时（未模拟）");
        assertThat(zh.meaning()).contains("未模拟");
    }

    /** The client timers act now (domain.md §15): A's and Kong's rows carry no such mark. */
    @Test
    void theClientTimersAreSimulated() {
        assertThat(row(Locale.ENGLISH, "A", "proxy.clientBodyTimeout").text().label()).doesNotContain("not simulated");
        assertThat(row(Locale.ENGLISH, "C", "proxy.sendTimeout").text().label()).doesNotContain("not simulated");
        assertThat(row(Locale.ENGLISH, "C", "proxy.clientHeaderTimeout").text().meaning()).doesNotContain("Not simulated");
    }
}
