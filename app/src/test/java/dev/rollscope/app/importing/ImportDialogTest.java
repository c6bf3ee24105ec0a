package dev.rollscope.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Import… for real: the dialog over the designer, Apply and Cancel, undo, and files dropped on a hop. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    private final Project original = ImportModelTest.read();
    private final Messages en = Messages.of(Locale.ENGLISH);
    private DesignerFixture f;
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new DesignerFixture(original, Locale.ENGLISH);
        stage.setScene(f.scene(Theme.LIGHT, 1200, 800));
        stage.show();
    }

    private ImportModel open(FxRobot robot, String hop, List<Path> files) {
        ImportModel[] model = new ImportModel[1];
        robot.interact(() -> model[0] = ImportDialog.show(stage, f.document, en, ImportModelTest.PROJECT, hop, files));
        return model[0];
    }

    private Hop hop(String id) {
        return f.document.project().topology().hop(id).orElseThrow();
    }

    @Test
    void applyingSetsTheReportsValuesAndOneUndoRestoresEverySetting(FxRobot robot) {
        open(robot, "A", List.of(ImportModelTest.EXAMPLES.resolve("configs/gcloud/a-backend-service.json"),
                ImportModelTest.EXAMPLES.resolve("configs/gcloud/a-mig.json")));
        assertThat(robot.lookup("#import-kind").queryAs(ChoiceBox.class).getValue().toString()).isEqualTo("GCLOUD");
        TableView<?> report = robot.lookup("#import-report").queryAs(TableView.class);
        assertThat(report.getItems()).isNotEmpty();
        // 9 applied: the report's 8 values and the backend service's sessionAffinity NONE (unchanged).
        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).startsWith("9 applied,");

        robot.clickOn("#import-apply");

        // examples/configs/reports/2-A-gcloud.txt: timeoutSec 300 (was 30s), drainingTimeoutSec 310 (was 0s),
        // maxUnavailable fixed 0 (was 3), minReadySec 10 (was 0s); zones, size, surge and method unchanged.
        assertThat(hop("A").get(FrontSettings.BACKEND_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(300));
        assertThat(hop("A").get(FrontSettings.DRAIN_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(310));
        assertThat(hop("A").get(RolloutSettings.MAX_UNAVAILABLE)).isEqualTo(Scale.count(0));
        assertThat(hop("A").get(RolloutSettings.MIN_READY)).isEqualTo(TimeSpan.ofSeconds(10));
        assertThat(robot.listWindows()).noneMatch(w -> w != stage && w.isShowing());
        robot.interact(() -> f.document.commands().undo());
        assertThat(f.document.project()).isEqualTo(original);
        assertThat(f.document.provenance().get()).isEqualTo(Provenance.EMPTY);
    }

    @Test
    void aRefusedFileShowsItsMessageAndApplyStaysOff(FxRobot robot) throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.conf"), "http {\n    proxy_read_timeout forever;\n}\n");
        open(robot, "A", List.of(bad));

        Label message = robot.lookup("#import-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Nothing can be imported, nothing was changed: ")
                .contains("bad.conf:2: proxy_read_timeout");
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#import-cancel");

        assertThat(f.document.project()).isSameAs(original);
        assertThat(f.document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void cancelAfterAGoodPreviewChangesNothing(FxRobot robot) {
        open(robot, "A", List.of(ImportModelTest.A_CONF));
        robot.clickOn("#import-cancel");

        assertThat(f.document.project()).isSameAs(original);
        assertThat(f.document.provenance().get()).isEqualTo(Provenance.EMPTY);
    }

    @Test
    void filesDroppedOnAHopOpenTheImportForThatHop(FxRobot robot) {
        List<String> hops = new ArrayList<>();
        robot.interact(() -> f.canvas.setOnFilesDropped((hop, files) -> {
            hops.add(hop);
            ImportDialog.show(stage, f.document, en, ImportModelTest.PROJECT, hop, files);
        }));
        Node b = robot.lookup("#hop-B").query();
        Bounds at = b.localToScene(b.getLayoutBounds());
        Path conf = ImportModelTest.EXAMPLES.resolve("configs/b/nginx.conf");

        boolean[] dropped = new boolean[2];
        robot.interact(() -> {
            dropped[0] = f.canvas.dropFiles(List.of(conf), 2, 2);
            dropped[1] = f.canvas.dropFiles(List.of(conf), at.getCenterX(), at.getCenterY());
        });

        assertThat(dropped).containsExactly(false, true);
        assertThat(hops).containsExactly("B");
        assertThat(robot.lookup("#import-hop").queryAs(ChoiceBox.class).getValue()).isEqualTo("B");
        robot.clickOn("#import-apply");
        // examples/configs/reports/3-B-nginx.txt: worker_shutdown_timeout 300s, proxy_connect_timeout 5s (was 60s).
        assertThat(hop("B").get(ProxySettings.CONNECT_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(5));
        assertThat(hop("B").get(ProxySettings.WORKER_SHUTDOWN_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(300));
        assertThat(hop("A")).isEqualTo(original.topology().hop("A").orElseThrow());
    }
}
