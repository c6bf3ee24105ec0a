package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectorModelTest {

    private final Project abcd = TestProjects.abcd();
    private final Document document = new Document(abcd);
    private final InspectorModel inspector = new InspectorModel(new Editor(document, Messages.of(Locale.ENGLISH)));

    @Test
    void nothingSelectedShowsNoRows() {
        assertThat(inspector.items()).isEmpty();
        assertThat(inspector.headingProperty().get()).isEmpty();
    }

    @Test
    void selectedHopShowsItsFiveOwnFieldsThenOneRowPerSettingItHas() {
        document.select("A");

        Hop a = abcd.topology().hop("A").orElseThrow();
        assertThat(inspector.items()).hasSize(5 + a.settings().keys().size());
        assertThat(inspector.items().get(0).id()).isEqualTo("hop.name");
        assertThat(inspector.items().get(5).id()).isEqualTo("front.backendTimeout");
        assertThat(inspector.headingProperty().get()).isEqualTo("A · nginx A");
    }

    @Test
    void rowShowsLabelUnitDefaultAndSource() {
        ItemModel read = row("A", "proxy.upstreamReadTimeout");

        assertThat(read.text().label()).isEqualTo("Upstream read timeout");
        assertThat(read.text().unit()).isEqualTo("time");
        assertThat(read.text().category()).isEqualTo("Proxy timeouts and buffering");
        assertThat(read.defaultValueProperty().get()).isEqualTo("60s");
        assertThat(read.text().source()).contains("proxy_read_timeout");
        assertThat(read.modifiedProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            A, proxy.upstreamReadTimeout, 2m,     120s
            A, proxy.clientMaxBodySize,   50MB,   50MB
            C, rollout.maxSurge,          25%,    25%
            C, rollout.maxUnavailable,    0,      0
            A, proxy.requestBuffering,    off,    false
            A, hop.replicas,              5,      5
            """)
    void typedTextIsParsedAppliedAndShownInCanonicalForm(String hop, String field, String typed, String shown) {
        ItemModel row = row(hop, field);

        assertThat(row.apply(typed)).isTrue();

        assertThat(row.valueProperty().get()).isEqualTo(shown);
        assertThat(row.errorProperty().get()).isNull();
    }

    @Test
    void appliedValueReachesTheModel() {
        row("A", "proxy.clientMaxBodySize").apply("50MB");

        assertThat(document.project().topology().hop("A").orElseThrow().get(ProxySettings.CLIENT_MAX_BODY_SIZE))
                .isEqualTo(ByteSize.ofMegabytes(50));
    }

    @Test
    void appliedValueIsOneUndoableCommandNamingHopAndSetting() {
        row("A", "proxy.upstreamReadTimeout").apply("95s");

        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of A's proxy.upstreamReadTimeout");
        document.commands().undo();
        assertThat(document.project()).isEqualTo(abcd);
        assertThat(row("A", "proxy.upstreamReadTimeout").valueProperty().get()).isEqualTo("60s");
    }

    @Test
    void textThatIsNotATimeSpanIsRefusedWithTheRangeAndNeverApplied() {
        ItemModel read = row("A", "proxy.upstreamReadTimeout");

        assertThat(read.apply("soon")).isFalse();

        assertThat(read.errorProperty().get()).isEqualTo("\"soon\" cannot be read as a time. Expected a time span"
                + " from 0s to 365d, written like 60s, 1500ms, 10m or 1h.");
        assertThat(document.project()).isEqualTo(abcd);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void valueOutOfTheSettingsRangeIsRefusedWithTheRange() {
        ItemModel interval = row("A", "front.healthCheckInterval");

        assertThat(interval.check("0s")).hasValue("\"0s\" is less than 1s, the least this setting takes. Expected a"
                + " time span from 1s to 300s, written like 60s, 1500ms, 10m or 1h. Nearest valid value: 1s.");
        assertThat(interval.check("301s")).hasValueSatisfying(e -> assertThat(e)
                .startsWith("\"301s\" is more than 300s, the most this setting takes.").endsWith("Nearest valid value: 300s."));
    }

    @Test
    void kindThatWouldBreakTheChainIsRefusedWithTheRule() {
        ItemModel kind = row("A", "hop.kind");

        assertThat(kind.apply("APP_RUNTIME")).isFalse();

        assertThat(kind.errorProperty().get()).isEqualTo(
                "A is the application that answers requests: it can only be the last hop.");
    }

    @Test
    void changedValueIsFlaggedAndResetPutsTheDefaultBackAsACommand() {
        ItemModel read = row("A", "proxy.upstreamReadTimeout");
        read.apply("95s");
        assertThat(read.modifiedProperty().get()).isTrue();

        read.reset();

        assertThat(read.valueProperty().get()).isEqualTo("60s");
        assertThat(read.modifiedProperty().get()).isFalse();
        document.commands().undo();
        assertThat(document.project().topology().hop("A").orElseThrow().get(ProxySettings.UPSTREAM_READ_TIMEOUT))
                .isEqualTo(TimeSpan.ofSeconds(95));
    }

    /** maxSurge still at its default (the zones, 3) follows the zones to 2: it stays a default. */
    @Test
    void aDerivedDefaultFollowsTheHopsOwnSetting() {
        row("A", "rollout.zones").apply("2");

        ItemModel surge = row("A", "rollout.maxSurge");
        assertThat(surge.defaultValueProperty().get()).isEqualTo("2");
        assertThat(surge.valueProperty().get()).isEqualTo("2");
        assertThat(surge.modifiedProperty().get()).isFalse();
    }

    /** A maxSurge the user set is theirs: changing the zones leaves it. */
    @Test
    void aSetValueDoesNotFollowTheSettingItsDefaultDerivesFrom() {
        row("A", "rollout.maxSurge").apply("1");
        row("A", "rollout.zones").apply("2");

        ItemModel surge = row("A", "rollout.maxSurge");
        assertThat(surge.valueProperty().get()).isEqualTo("1");
        assertThat(surge.modifiedProperty().get()).isTrue();
    }

    @Test
    void aCorrectionAfterARefusalClearsTheError() {
        ItemModel read = row("A", "proxy.upstreamReadTimeout");
        read.check("soon");

        read.check("90s");

        assertThat(read.errorProperty().get()).isNull();
    }

    @Test
    void editingKeepsTheSameRowObjects() {
        ItemModel before = row("C", "rollout.maxSurge");

        before.apply("2");

        assertThat(row("C", "rollout.maxSurge")).isSameAs(before);
        assertThat(document.project().topology().hop("C").orElseThrow().get(RolloutSettings.MAX_SURGE))
                .isEqualTo(Scale.count(2));
    }

    @Test
    void changingTheKindRebuildsTheRowsForTheNewSettings() {
        row("B", "hop.kind").apply("GENERIC_L4");

        assertThat(inspector.item("proxy.streamIdleTimeout")).isPresent();
        assertThat(inspector.item("proxy.workerShutdownTimeout")).isEmpty();
    }

    @Test
    void choiceRowsListTheirValuesWithDisplayNames() {
        ItemModel front = row("D", "hop.front");

        assertThat(front.choices()).containsExactly("GCP_EXTERNAL_ALB", "GCP_INTERNAL_TCP_LB", "K8S_SERVICE",
                "KONG_UPSTREAM");
        assertThat(front.text().choiceNames().apply("KONG_UPSTREAM")).isEqualTo("Kong upstream");
    }

    @Test
    void chineseRowsReadInChinese() {
        Document doc = new Document(abcd);
        InspectorModel zh = new InspectorModel(new Editor(doc, Messages.of(Locale.SIMPLIFIED_CHINESE)));
        doc.select("A");

        ItemText text = zh.item("proxy.upstreamReadTimeout").orElseThrow().text();

        assertThat(text.label()).isEqualTo("上游读取超时");
        assertThat(text.category()).isEqualTo("代理超时与缓冲");
        assertThat(zh.categoryOrder()).containsExactly("客户端与网络", "跳点", "负载均衡器", "代理超时与缓冲", "生命周期", "滚动更新",
                "数据库连接池");
    }

    @Test
    void selectingTheClientShowsItsRatesAndTheNetworksAsBandwidthRows() {
        document.selectClient();

        assertThat(inspector.items()).extracting(ItemModel::id)
                .containsExactly("client.upload", "client.download", "network.internalBandwidth");
        assertThat(inspector.headingProperty().get()).isEqualTo("Client and network");
        assertThat(inspector.item("client.upload").orElseThrow().text().unit()).isEqualTo("bandwidth");
    }

    @Test
    void aBandwidthIsParsedAppliedAndUndoneAsOneCommand() {
        document.selectClient();
        ItemModel upload = inspector.item("client.upload").orElseThrow();

        assertThat(upload.apply("1Mbit/s")).isTrue();

        assertThat(document.project().topology().client().upload()).isEqualTo(Bandwidth.ofMbit(1));
        assertThat(upload.modifiedProperty().get()).isTrue();
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of client.upload");
        document.commands().undo();
        assertThat(document.project()).isEqualTo(abcd);
    }

    @Test
    void textThatIsNotABandwidthIsRefusedWithAHint() {
        document.selectClient();

        assertThat(inspector.item("network.internalBandwidth").orElseThrow().apply("fast")).isFalse();

        assertThat(inspector.item("network.internalBandwidth").orElseThrow().errorProperty().get())
                .startsWith("Write a rate like 10Mbit/s");
        assertThat(document.project()).isEqualTo(abcd);
    }

    private ItemModel row(String hop, String id) {
        document.select(hop);
        return inspector.item(id).orElseThrow();
    }
}
