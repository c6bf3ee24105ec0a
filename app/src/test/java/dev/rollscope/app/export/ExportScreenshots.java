package dev.rollscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the export dialog with its rendered diagram (the
 * failed kong-quit POST) at 1024x700 and 1600x1000, in both languages and themes, to the folder
 * named by {@code -Drollscope.screenshots=DIR}. Skipped without that property.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ExportScreenshots {

    @Test
    void captureTheExportDialogWithItsRenderedDiagram(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        Path example = Path.of("..", "examples", "failure-kong-quit.json");
        Project project = ProjectFile.read(example);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Theme theme : Theme.values()) {
                for (int[] size : new int[][] {{1024, 700}, {1600, 1000}}) {
                    Path file = dir.resolve("export-dialog-" + locale.getLanguage() + "-"
                            + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + ".png");
                    capture(robot, project, example, locale, theme, size, file);
                    assertThat(file).isNotEmptyFile();
                }
            }
        }
    }

    private static void capture(FxRobot robot, Project project, Path example, Locale locale, Theme theme, int[] size,
                                Path file) throws Exception {
        ResourceBundle text = ResourceBundle.getBundle("dev.rollscope.app.export.export", locale);
        ExportViewModel model = new ExportViewModel(project, example, "roll C", "POST-50MB", locale);
        ExportDialog[] dialog = new ExportDialog[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(model, text, (title, extension) -> Optional.empty(), null);
            Scene scene = new Scene(dialog[0], size[0], size[1]);
            theme.apply(scene, locale);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        DiagramPreview diagram = robot.lookup("#" + DiagramPreview.ID).queryAs(DiagramPreview.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(() -> diagram.svgProperty().get()).get().isEmpty());
        robot.sleep(500);
        robot.interact(() -> {
            try {
                NodePng.write(stage[0].getScene().snapshot(null), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stage[0].close();
        });
    }
}
