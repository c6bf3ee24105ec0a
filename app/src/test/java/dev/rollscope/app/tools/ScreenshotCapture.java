package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.TestProjects;
import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.canvas.InstanceMix;
import dev.rollscope.app.canvas.Severity;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the designer views (both languages, both themes)
 * to the folder named by {@code -Drollscope.screenshots=DIR}, for a person to look at. Skipped
 * without that property. Run it under Xvfb with the GTK platform to see real fonts.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ScreenshotCapture {

    @Test
    void captureDesignerInBothLanguagesAndThemes(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Theme theme : Theme.values()) {
                Path file = dir.resolve("designer-" + locale.getLanguage() + "-" + theme.name().toLowerCase() + ".png");
                capture(robot, locale, theme, file);
                assertThat(file).isNotEmptyFile();
            }
        }
        Path refusals = dir.resolve("designer-en-light-refusals.png");
        captureRefusals(robot, refusals);
        assertThat(refusals).isNotEmptyFile();
    }

    /** A value the inspector refuses (decorated at the field) and an insertion the chain refuses (notice). */
    private void captureRefusals(FxRobot robot, Path file) {
        DesignerFixture f = new DesignerFixture(TestProjects.abcd(), Locale.ENGLISH);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(f.scene(Theme.LIGHT, 1440, 860));
            stage.show();
            f.document.select("A");
            f.document.selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
            f.canvasModel.insert(4, HopKind.NGINX_L7);
        });
        robot.sleep(500);
        robot.interact(f.canvas::fitToWindow);
        TextField field = robot.lookup("#edit-proxy-upstreamReadTimeout").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("soon").type(KeyCode.ENTER);
        robot.moveTo(field).moveBy(-60, 0);
        robot.sleep(1500);
        robot.interact(() -> write(f.root.getScene(), file));
        robot.interact(() -> ((Stage) f.root.getScene().getWindow()).close());
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, Path file) throws Exception {
        DesignerFixture f = new DesignerFixture(TestProjects.abcd(), locale);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(f.scene(theme, 1440, 860));
            stage.show();
            f.document.select("A");
            f.canvasModel.findings().setAll(
                    new HopFinding("A", Severity.ERROR, "client_max_body_size 1m < 50MB: the POST gets 413"),
                    new HopFinding("A", Severity.WARNING, "keepalive_timeout 75s < GFE 600s"),
                    new HopFinding("C", Severity.WARNING, "kong quit --timeout 10s < T_req(C)"));
            f.canvasModel.instanceMixes().put("D", new InstanceMix(2, 1));
            f.inspectorModel.item("proxy.clientMaxBodySize").orElseThrow().apply("50MB");
            f.document.selectedSettingProperty().set(ProxySettings.CLIENT_MAX_BODY_SIZE);
        });
        robot.sleep(500);
        robot.interact(f.canvas::fitToWindow);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> write(f.root.getScene(), file));
        robot.interact(() -> ((Stage) f.root.getScene().getWindow()).close());
    }

    private static void write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        try {
            ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
