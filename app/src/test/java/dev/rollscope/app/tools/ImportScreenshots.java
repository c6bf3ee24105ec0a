package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.importing.ImportDialog;
import dev.rollscope.app.importing.ImportModel;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.ProxySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * in both languages and themes, and the dialog refusing a broken file in Chinese (1024×700, light), to
 * the folder named by {@code -Drollscope.screenshots=DIR}. Skipped without it. Run under Xvfb with GTK, as {@link FixPlanScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ImportScreenshots {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path PROJECT = EXAMPLES.resolve("abcd-defaults.json");

    @TempDir
    Path recovery;

    @TempDir
    Path configs;

    @Test
    void captureTheImportDialogAndTheInspectorAfterIt(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            capture(robot, locale, theme, size, dir.resolve("import-dialog-" + suffix),
                    dir.resolve("import-inspector-" + suffix));
            assertThat(dir.resolve("import-dialog-" + suffix)).isNotEmptyFile();
        });
    }

    /** A broken nginx file (a block never closed) refused in Chinese: {@code import-refused-1024-zh-light.png}. */
    @Test
    void captureARefusedFileInChinese(FxRobot robot) throws Exception {
        Path project = Files.copy(PROJECT, configs.resolve("abcd-defaults.json"));
        Path broken = configs.resolve("nginx.conf");
        Files.writeString(broken, "http {\n    server {\n        listen 80;\n}\n");
        Path file = ShotWindows.dir().resolve("import-refused-1024-zh-light.png");
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, Locale.SIMPLIFIED_CHINESE, Theme.LIGHT,
                ShotWindows.SIZES.get(0), List.of(project.toString()));
        ImportModel model = showDialog(robot, w, project, broken);
        assertThat(model.previewProperty().get().refused()).isTrue();
        w.shoot(robot, file);
        w.close(robot);
        assertThat(file).isNotEmptyFile();
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path dialogShot, Path inspectorShot)
            throws Exception {
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of(PROJECT.toString()));
        MainWindow window = w.window();
        showDialog(robot, w, PROJECT, EXAMPLES.resolve("configs/a/nginx.conf"));
        w.shoot(robot, dialogShot);
        robot.interact(() -> robot.lookup("#import-apply").queryButton().fire());
        robot.interact(() -> window.workbench().document().selectedSettingProperty()
                .set(ProxySettings.CLIENT_BODY_TIMEOUT));
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        w.shoot(robot, inspectorShot);
        w.close(robot);
    }

    /** File → Import… of {@code conf} into A of {@code project} for the request path /upload, once the window has settled. */
    private static ImportModel showDialog(FxRobot robot, ShotWindows.Opened w, Path project, Path conf) {
        MainWindow window = w.window();
        ImportModel[] model = new ImportModel[1];
        robot.sleep(500);
        robot.interact(() -> {
            window.workbench().document().select("A");
            model[0] = ImportDialog.show(w.stage(), window.workbench().document(), window.workbench().messages(),
                    project, "A", List.of(conf));
            model[0].locationProperty().set("/upload");
        });
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        return model[0];
    }
}
