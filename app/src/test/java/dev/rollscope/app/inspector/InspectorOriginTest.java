package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.importing.ImportModel;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector shows where an imported value came from, and its search finds settings by their names in the files. */
@ExtendWith(ApplicationExtension.class)
class InspectorOriginTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private DesignerFixture f;

    @Start
    void start(Stage stage) throws Exception {
        Project p = ProjectFile.read(EXAMPLES.resolve("abcd-defaults.json"));
        f = new DesignerFixture(p, Locale.ENGLISH);
        stage.setScene(f.scene(Theme.LIGHT, 1200, 800));
        stage.show();
    }

    private void importIntoA(FxRobot robot) {
        robot.interact(() -> {
            f.document.select("A");
            ImportModel m = new ImportModel(f.document, Messages.of(Locale.ENGLISH),
                    EXAMPLES.resolve("abcd-defaults.json"));
            m.locationProperty().set("/upload");
            m.addFiles(List.of(EXAMPLES.resolve("configs/a/nginx.conf")));
            assertThat(m.apply()).isTrue();
        });
    }

    @Test
    void anImportedSettingShowsItsFileLineAndNameThereUntilTheImportIsUndone(FxRobot robot) {
        importIntoA(robot);

        Label origin = WaitForRows.lookup(robot, "#origin-proxy-clientMaxBodySize", Label.class);
        assertThat(origin.getText()).isEqualTo("client_max_body_size · nginx.conf:42");
        assertThat(origin.getTooltip().getText())
                .isEqualTo("Imported from configs/a/nginx.conf:42, where it is client_max_body_size");
        assertThat(origin.isVisible()).isTrue();
        Label notImported = WaitForRows.lookup(robot, "#origin-proxy-sendTimeout", Label.class);
        assertThat(notImported.isVisible()).isFalse();

        robot.interact(() -> f.document.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        Label after = WaitForRows.lookup(robot, "#origin-proxy-clientMaxBodySize", Label.class);
        assertThat(after.isVisible()).isFalse();
        assertThat(after.getText()).isEmpty();
    }

    @Test
    void searchingForANginxNameFindsItsSettingWithoutAnImport(FxRobot robot) throws Exception {
        robot.interact(() -> f.document.select("A"));
        WaitForRows.lookup(robot, "#edit-proxy-upstreamReadTimeout", TextField.class);

        robot.interact(() -> robot.lookup("#inspector-search").queryAs(TextField.class).setText("client_max_body_size"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#edit-proxy-upstreamReadTimeout").tryQuery().isEmpty());
        assertThat(robot.lookup("#edit-proxy-clientMaxBodySize").tryQuery()).isPresent();
    }

    @Test
    void searchFindsKubernetesAndGcloudFieldPathsOnTheirHops() {
        InspectorModel model = f.inspectorModel;
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> f.document.select("D"));
        assertThat(model.items().stream().filter(i -> model.matches(i, "spec.strategy.rollingUpdate.maxSurge")))
                .extracting(ItemModel::id).containsExactly("rollout.maxSurge");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> f.document.select("A"));
        assertThat(model.items().stream().filter(i -> model.matches(i, "drainingTimeoutSec")))
                .extracting(ItemModel::id).containsExactly("front.drainTimeout");
        assertThat(model.items().stream().filter(i -> model.matches(i, "maximum BODY")))
                .extracting(ItemModel::id).containsExactly("proxy.clientMaxBodySize");
        assertThat(model.items().stream().filter(i -> model.matches(i, ""))).hasSameSizeAs(model.items());
    }
}
