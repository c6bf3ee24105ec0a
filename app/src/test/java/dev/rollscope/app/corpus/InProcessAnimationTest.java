package dev.rollscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * An animation exported in-process, as the corpus does, leaves this JVM's TestFX tests working:
 * a click still arrives. Run alone (the first thing in its JVM), it fails without the corpus's
 * {@link HostileCorpusTest#letTestFxStartJavaFx()}: the export starts JavaFX on Monocle's headless
 * platform, then TestFX's launch puts a new platform in place that the running toolkit does not use,
 * and the click never reaches the button (as ExportDialogTest's and FixPlanViewTest's clicks did not
 * when they ran after the corpus at 3627172).
 */
class InProcessAnimationTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        HostileCorpusTest.letTestFxStartJavaFx();
    }

    @Test
    void aClickStillArrivesAfterAnAnimationWasExportedInProcess() throws TimeoutException {
        Path gif = dir.resolve("roll.gif");
        CommandRun run = CommandRun.of(List.of("export", "animation", Path.of("..", "examples",
                "abcd-defaults.json").toString(), "--scenario", "roll C", "--to", "1", "--fps", "1", "--size",
                "200x150", "-o", gif.toString()), HostileCorpusTest.BOUND_MILLIS);
        assertThat(run.thrown()).isNull();
        assertThat(run.err()).startsWith("Wrote " + gif + ": 2 frames");
        assertThat(gif).isNotEmptyFile();

        FxToolkit.registerPrimaryStage(); // as every TestFX test run after it in this JVM does
        FxRobot robot = new FxRobot();
        AtomicInteger clicks = new AtomicInteger();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Button button = new Button("Click me");
            button.setId("after-animation");
            button.setOnAction(e -> clicks.incrementAndGet());
            stage[0] = new Stage();
            stage[0].setScene(new Scene(button, 300, 200));
            stage[0].show();
        });
        try {
            robot.clickOn("#after-animation");
            assertThat(clicks).hasValue(1);
        } finally {
            robot.interact(stage[0]::close);
        }
    }
}
