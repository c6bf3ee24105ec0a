package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.scenario.ResumableUpload;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the Play tab's scenario panel with the chosen
 * request's editors open (failure-kong-quit's "roll C", its POST-50MB: an upload pause of 75 s at
 * 60MB typed into the client profile, which the model refuses as beyond the 50MB body, its reason
 * under the fields; a GCS resumable upload of 8MiB chunks; a transaction from 1s for 1500ms of a 3s
 * processing) at 1024×700 and 1600×1000, in both languages and themes, to the folder named by
 * {@code -Drollscope.screenshots=DIR}: {@code scenario-client-SIZE-LANG-THEME.png} scrolled to the
 * client profile, {@code scenario-resumable-...} to the resumable upload and the transaction.
 * Skipped without the property. Run under Xvfb with GTK for real fonts.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ScenarioEditorsScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureTheRequestEditors(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            capture(robot, locale, theme, size, dir.resolve("scenario-client-" + suffix),
                    dir.resolve("scenario-resumable-" + suffix));
            assertThat(dir.resolve("scenario-client-" + suffix)).isNotEmptyFile();
            assertThat(dir.resolve("scenario-resumable-" + suffix)).isNotEmptyFile();
        });
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file, Path more)
            throws Exception {
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of());
        w.playKongQuit(robot);
        ListView<?> requests = robot.lookup("#scenario-requests").queryAs(ListView.class);
        robot.interact(() -> {
            ScrollPane scroll = ancestor(requests, ScrollPane.class);
            TabPane tabs = ancestor(scroll, TabPane.class);
            for (Tab t : tabs.getTabs()) {
                if (t.getContent() == scroll) {
                    tabs.getSelectionModel().select(t);
                }
            }
            requests.getSelectionModel().select(0);
            robot.lookup("#details-client").queryAs(TitledPane.class).setExpanded(true);
            robot.lookup("#details-resumable").queryAs(TitledPane.class).setExpanded(true);
        });
        type(robot, "#client-up-pause-at", "60MB");
        type(robot, "#client-up-pause-for", "75s");
        @SuppressWarnings("unchecked")
        ComboBox<ResumableUpload.Protocol> protocol = robot.lookup("#resumable-protocol").queryAs(ComboBox.class);
        robot.interact(() -> protocol.setValue(ResumableUpload.Protocol.GCS));
        type(robot, "#resumable-chunk", "8MiB");
        robot.interact(() -> robot.lookup("#details-transaction").queryAs(TitledPane.class).setExpanded(true));
        type(robot, "#transaction-processing", "3s");
        type(robot, "#transaction-from", "1s");
        type(robot, "#transaction-for", "1500ms");
        shootAbove(robot, w, requests, "#client-apply", file);
        shootAbove(robot, w, requests, "#transaction-apply", more);
        w.close(robot);
    }

    /** Scrolls the scenario panel so that the node {@code id} is at its bottom, and snapshots the window. */
    private static void shootAbove(FxRobot robot, ShotWindows.Opened w, Node inPanel, String id, Path file) {
        robot.sleep(300);
        robot.interact(() -> {
            ScrollPane scroll = ancestor(inPanel, ScrollPane.class);
            Node bottom = robot.lookup(id).query();
            Bounds at = scroll.getContent().sceneToLocal(bottom.localToScene(bottom.getBoundsInLocal()));
            double view = scroll.getViewportBounds().getHeight();
            double room = scroll.getContent().getLayoutBounds().getHeight() - view;
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMaxY() + 8 - view) / room)));
        });
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        w.snapshot(robot, file);
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " around " + node);
    }
}
