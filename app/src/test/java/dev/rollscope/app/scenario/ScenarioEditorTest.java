package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Edits of abcd-defaults' "roll C": C rolls at 40 s; requests POST-50MB at 9 s and GET at 51 s. */
class ScenarioEditorTest {

    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final ScenarioEditor editor = new ScenarioEditor(document, new SimpleStringProperty("roll C"), Locale.ENGLISH);

    private Scenario rollC() {
        return document.project().scenario("roll C").orElseThrow();
    }

    @Test
    void rollsReplaceTheRolloutsAndUndoPutsThemBack() {
        editor.setRolls(List.of("C", "D"), TimeSpan.ofSeconds(30));

        assertThat(rollC().disruptions()).containsExactly(new RollOut("C", TimeSpan.ofSeconds(30)),
                new RollOut("D", TimeSpan.ofSeconds(30)));
        document.commands().undo();
        assertThat(rollC().disruptions()).containsExactly(new RollOut("C", TimeSpan.ofSeconds(40)));
    }

    @Test
    void aCanaryIsAddedRemovedAndUndone() {
        editor.addDisruption(new MigCanary("A", TimeSpan.ofSeconds(20), 1));

        assertThat(rollC().disruptions()).containsExactly(new RollOut("C", TimeSpan.ofSeconds(40)),
                new MigCanary("A", TimeSpan.ofSeconds(20), 1));
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("addition of MIG canary of A");
        editor.removeDisruption(1);
        assertThat(rollC().disruptions()).containsExactly(new RollOut("C", TimeSpan.ofSeconds(40)));
        document.commands().undo();
        assertThat(rollC().disruptions()).hasSize(2);
    }

    /** Texts from scenario_zh_CN: command.addSwitch and switch.kind.MIG_CANARY. */
    @Test
    void anEditMadeInEnglishIsNamedInChineseWhenAskedInChinese() {
        editor.addDisruption(new MigCanary("A", TimeSpan.ofSeconds(20), 1));

        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("添加 A 的MIG 金丝雀");
    }

    @Test
    void aCanaryLargerThanItsGroupIsRefused() {
        assertThatThrownBy(() -> editor.addDisruption(new MigCanary("A", TimeSpan.ZERO, 4)))
                .hasMessageContaining("canary size 4 is more than the 3 VMs of hop A");
        assertThat(rollC().disruptions()).hasSize(1);
    }

    @Test
    void addedGetGetsAFreshIdAndStartsOneSecondAfterTheRoll() {
        editor.addGet();

        RequestSpec added = rollC().requests().get(2);
        assertThat(added.id()).isEqualTo("GET-2");
        assertThat(added.method()).isEqualTo("GET");
        assertThat(added.start()).isEqualTo(TimeSpan.ofSeconds(41));
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("addition of a GET request");
    }

    @Test
    void addedUploadIsAFiftyMegabytePost() {
        editor.addUpload();

        RequestSpec added = rollC().requests().get(2);
        assertThat(added.id()).isEqualTo("POST-50MB-2");
        assertThat(added.body()).isEqualTo(ByteSize.ofMegabytes(50));
    }

    @Test
    void removingTheLastRequestIsRefusedAndChangesNothing() {
        editor.removeRequest("POST-50MB");

        assertThatThrownBy(() -> editor.removeRequest("GET")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sends no request");
        assertThat(rollC().requests()).extracting(RequestSpec::id).containsExactly("GET");
    }

    @Test
    void rollingAHopThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> editor.setRolls(List.of("Z"), TimeSpan.ZERO))
                .hasMessageContaining("\"Z\", which does not exist");
    }

    @Test
    void trafficIsSavedWithTheProject() throws Exception {
        TrafficMix mix = new TrafficMix(20, TimeSpan.ZERO, TimeSpan.ofSeconds(60),
                List.of(new MixEntry("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 9)));

        editor.setTraffic(mix);

        String saved = ProjectFile.format(document.project());
        assertThat(ProjectFile.parse(saved, "saved").scenario("roll C").orElseThrow().traffic()).isEqualTo(mix);
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void newScenarioRollsTheFirstHopAndSendsAGet() {
        String name = editor.addScenario();

        Scenario s = document.project().scenario(name).orElseThrow();
        assertThat(name).isEqualTo("scenario 5");
        assertThat(s.disruptions()).containsExactly(new RollOut("A", TimeSpan.ofSeconds(10)));
        assertThat(s.requests()).extracting(RequestSpec::method).containsExactly("GET");
    }
}
