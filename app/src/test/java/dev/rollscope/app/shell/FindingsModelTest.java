package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.topology.ProxySettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingsModelTest {

    private final Project project = LiveVerdictsTest.example("failure-body-limit.json");
    private final Document document = new Document(project);
    private final LiveAnalysis analysis = LiveVerdicts.analyse(project, "upload");

    @Test
    void theFailedUploadComesFirstWithItsStatusHopSettingAndFix() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));

        model.show(analysis);

        FindingRow first = model.rows().get(0);
        assertThat(first.ok()).isFalse();
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.verdict()).isEqualTo("413");
        assertThat(first.subject()).isEqualTo("POST-50MB · POST");
        assertThat(first.hopId()).isEqualTo("A");
        assertThat(first.settingId()).isEqualTo(ProxySettings.CLIENT_MAX_BODY_SIZE.id());
        assertThat(first.setting()).startsWith("A · ").endsWith(" = 1MiB");
        assertThat(first.fix()).isNotBlank();
    }

    @Test
    void theStaticCheckOfTheBodyLimitIsListedAndBadgesTheHop() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));

        model.show(analysis);

        assertThat(model.rows()).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo("body-limit");
            assertThat(r.verdict()).isEqualTo("Request fails");
        });
        assertThat(model.badges()).extracting(HopFinding::hopId, HopFinding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("A", Severity.ERROR));
    }

    @Test
    void linesAreInChineseWhenTheUserReadsChinese() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.SIMPLIFIED_CHINESE));

        model.show(analysis);

        assertThat(model.rows().get(0).message()).containsPattern("\\p{IsHan}");
    }

    @Test
    void openingALineSelectsItsHopAndSetting() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));
        model.show(analysis);

        model.open(model.rows().get(0));

        assertThat(document.selectedHopIdProperty().get()).isEqualTo("A");
        assertThat(document.selectedSettingProperty().get()).isEqualTo(ProxySettings.CLIENT_MAX_BODY_SIZE);
    }

    @Test
    void aRunThatDidNotHappenEmptiesThePanelAndTheBadges() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));
        model.show(analysis);

        model.show(new LiveAnalysis("upload", null, List.of(), "too many events", 5));

        assertThat(model.rows()).isEmpty();
        assertThat(model.badges()).isEmpty();
    }

    @Test
    void theStatusLineCountsFailuresOrSaysWhyItStopped() {
        Messages en = Messages.of(Locale.ENGLISH);

        assertThat(SimulationStatus.of(analysis, en).text()).startsWith("upload: 1 of 1 requests failed · ");
        assertThat(SimulationStatus.of(analysis, en).state()).isEqualTo(SimulationStatus.State.FAILED);
        assertThat(SimulationStatus.of(new LiveAnalysis("upload", null, List.of(), "too many events", 5), en).text())
                .isEqualTo("upload: the simulation stopped: too many events");
        assertThat(SimulationStatus.of(LiveAnalysis.none(), en).state()).isEqualTo(SimulationStatus.State.IDLE);
    }
}
