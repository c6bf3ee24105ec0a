package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.sim.SimulationLimitException;
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

    /**
     * The body-limit finding's fix (A's limit raised to the 50 MB body) copies as the nginx directive,
     * rounded up to whole MiB (50,000,000 bytes need 48m) with where it goes; a verdict's line has no
     * fixes of its own (its fix plan proves them first) and copies nothing.
     */
    @Test
    void aFindingsFixCopiesAsTheChangeToTheConfiguration() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));
        model.show(analysis);
        FindingRow finding = model.rows().stream().filter(r -> r.subject().equals("body-limit")).findFirst()
                .orElseThrow();

        assertThat(model.configText(finding)).isEqualTo("# A.proxy.clientMaxBodySize → 50MB · nginx · the location "
                + "(or server, or http) block serving the requests\nclient_max_body_size 48m;\n");
        assertThat(model.rows().get(0).fixes()).isEmpty();
        assertThat(model.configText(model.rows().get(0))).isEmpty();
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

        model.show(new LiveAnalysis("upload", null, List.of(), Refusal.verbatim("too many events"), 5));

        assertThat(model.rows()).isEmpty();
        assertThat(model.badges()).isEmpty();
    }

    @Test
    void theStatusLineCountsFailuresOrSaysWhyItStopped() {
        Messages en = Messages.of(Locale.ENGLISH);

        assertThat(SimulationStatus.of(analysis, en).text()).startsWith("upload: 1 of 1 requests failed · ");
        assertThat(SimulationStatus.of(analysis, en).state()).isEqualTo(SimulationStatus.State.FAILED);
        assertThat(SimulationStatus.of(new LiveAnalysis("upload", null, List.of(), Refusal.verbatim("too many events"), 5), en).text())
                .isEqualTo("upload: the simulation stopped: too many events");
        assertThat(SimulationStatus.of(LiveAnalysis.none(), en).state()).isEqualTo(SimulationStatus.State.IDLE);
    }

    /** The model's reason for stopping is read in the UI's language; in English it is the exception's message. */
    @Test
    void theStatusLineSaysWhyItStoppedInTheUsersLanguage() {
        LiveAnalysis stopped = new LiveAnalysis("upload", null, List.of(),
                SimulationLimitException.pastEvents("upload", 1000, 5000).refusal(), 5);

        assertThat(SimulationStatus.of(stopped, Messages.of(Locale.SIMPLIFIED_CHINESE)).text())
                .isEqualTo("upload：模拟已停止：场景 \"upload\" 在 t=5000 ms 时超过了 1000 个模拟事件；请缩短它、降低其流量速率或提高上限");
        assertThat(SimulationStatus.of(stopped, Messages.of(Locale.ENGLISH)).text())
                .isEqualTo("upload: the simulation stopped: the scenario \"upload\" went past 1000 simulation events at "
                        + "t=5000 ms; shorten it, lower its traffic rate or raise the limit");
    }

    /**
     * 200 POSTs of 50 MB a second for 10 s: about 2,000 arrivals, each refused 413 by A's 1 MiB
     * body limit. The panel lists its first MAX_ROWS lines; A's badge still counts every one of them.
     */
    @Test
    void manyFailedRequestsAreListedUpToTheLimitAndAllCountedOnTheirHop() throws Exception {
        String json = dev.rollscope.model.io.ProjectFile.format(project).replace("\"requests\"",
                "\"traffic\" : {\"ratePerSecond\": 200, \"from\": \"0s\", \"until\": \"10s\", \"entries\": "
                        + "[{\"name\": \"up\", \"method\": \"POST\", \"body\": \"50MB\", \"response\": \"1kB\", "
                        + "\"processing\": \"100ms\", \"weight\": 1}]}, \"requests\"");
        Project busy = dev.rollscope.model.io.ProjectFile.parse(json, "busy.json");
        LiveAnalysis run = LiveVerdicts.analyse(busy, "upload");
        long failed = run.result().failedCount();
        assertThat(failed).isGreaterThan(FindingsModel.MAX_ROWS + 500);
        FindingsModel model = new FindingsModel(new Document(busy), Messages.of(Locale.ENGLISH));

        model.show(run);

        assertThat(model.rows()).hasSize(FindingsModel.MAX_ROWS).allSatisfy(r -> assertThat(r.ok()).isFalse());
        List<HopFinding> onA = model.badges().stream().filter(b -> b.hopId().equals("A")).toList();
        long requestsOnA = onA.stream().filter(b -> b.severity() == Severity.ERROR && !b.text().startsWith("body-limit"))
                .mapToLong(HopFinding::count).sum();
        assertThat(requestsOnA).isEqualTo(failed);
        assertThat(onA).anySatisfy(b -> assertThat(b.text())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d more failed requests here, beyond the findings panel's first %,d lines",
                        failed - FindingsModel.MAX_ROWS, FindingsModel.MAX_ROWS)));
    }

    /** A lesson's question hides every line and badge; the answer brings back the newest run's, including one that arrived meanwhile. */
    @Test
    void hiddenAnswersShowNoLineNorBadgeUntilRevealed() {
        FindingsModel model = new FindingsModel(document, Messages.of(Locale.ENGLISH));
        model.hiddenProperty().set(true);

        model.show(analysis);
        assertThat(model.rows()).isEmpty();
        assertThat(model.badges()).isEmpty();

        model.hiddenProperty().set(false);
        assertThat(model.rows().get(0).verdict()).isEqualTo("413");
        assertThat(model.badges()).isNotEmpty();
    }
}
