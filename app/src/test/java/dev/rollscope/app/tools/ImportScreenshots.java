package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.importing.ImportDialog;
import dev.rollscope.app.importing.ImportModel;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.ProxySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of File → Import… over the main window
 * (examples/abcd-defaults.json, A's nginx.conf of examples/configs for the request path /upload),
 * then of the inspector after Apply with the imported values' origins, at 1024×700 and 1600×1000,
 * in both languages and themes, to the folder named by {@code -Drollscope.screenshots=DIR}.
 * Skipped without it. Run under Xvfb with GTK, as {@link FixPlanScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ImportScreenshots {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path recovery;

    @Test
    void captureTheImportDialogAndTheInspectorAfterIt(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        for (int[] size : new int[][] {{1024, 700}, {1600, 1000}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme theme : Theme.values()) {
                    String suffix = size[0] + "-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT)
                            + ".png";
                    capture(robot, locale, theme, size, dir.resolve("import-dialog-" + suffix),
                            dir.resolve("import-inspector-" + suffix));
                    assertThat(dir.resolve("import-dialog-" + suffix)).isNotEmptyFile();
                }
            }
        }
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path dialogShot, Path inspectorShot)
            throws Exception {
        TestPreferences prefs = new TestPreferences();
        prefs.preferences().setTheme(theme);
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                locale);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        ImportModel[] model = new ImportModel[1];
        Locale.setDefault(locale);
        Path project = EXAMPLES.resolve("abcd-defaults.json");
        robot.interact(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], settings, List.of(project.toString()));
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(size[0]);
            stage[0].setHeight(size[1]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage[0].getWidth() == size[0]
                && stage[0].getHeight() == size[1]);
        robot.sleep(500);
        robot.interact(() -> {
            window[0].workbench().document().select("A");
            model[0] = ImportDialog.show(stage[0], window[0].workbench().document(), window[0].workbench().messages(),
                    project, "A", List.of(EXAMPLES.resolve("configs/a/nginx.conf")));
            model[0].locationProperty().set("/upload");
        });
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, size, dialogShot);
        robot.interact(() -> robot.lookup("#import-apply").queryButton().fire());
        robot.interact(() -> window[0].workbench().document().selectedSettingProperty()
                .set(ProxySettings.CLIENT_BODY_TIMEOUT));
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, size, inspectorShot);
        robot.interact(() -> {
            window[0].workbench().document().markSaved();
            window[0].quit();
        });
        Locale.setDefault(Locale.ENGLISH);
        prefs.remove();
    }

    private static void shoot(FxRobot robot, int[] size, Path file) throws Exception {
        NodePng.write((WritableImage) robot.capture(new Rectangle2D(0, 0, size[0], size[1])).getImage(), file);
    }
}
