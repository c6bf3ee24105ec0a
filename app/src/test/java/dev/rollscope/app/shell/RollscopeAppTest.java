package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, started headless (Monocle) the way the launcher starts it. */
class RollscopeAppTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theWindowShowsTheHopNamesOfTheDefaultExampleLeftToRight() throws TimeoutException {
        app = FxToolkit.setupApplication(RollscopeApp.class);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> names = robot.lookup("." + ChainView.HOP_NAME).queryAllAs(Label.class).stream()
                .sorted(Comparator.comparingDouble(l -> l.localToScene(0, 0).getX()))
                .map(Label::getText).toList();

        assertThat(names).containsExactly("A nginx L7", "B nginx L4 stream", "C Kong data plane", "D runtime");
        assertThat(robot.lookup("." + ChainView.HOP_KIND).queryAllAs(Label.class)).extracting(Label::getText)
                .contains("nginx L7 proxy", "Kong gateway");
    }

    @Test
    void aBadFileShowsItsErrorInADialog() throws IOException, TimeoutException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1,}");

        app = FxToolkit.setupApplication(RollscopeApp.class, bad.toString());
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#" + FileErrorDialog.MESSAGE_ID).queryAs(Label.class);
        assertThat(message.getText()).startsWith(bad + ":1:21: $: malformed JSON: Unexpected character ('}'");
    }
}
