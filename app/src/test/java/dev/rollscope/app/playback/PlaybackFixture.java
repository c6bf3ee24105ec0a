package dev.rollscope.app.playback;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.SimulationRuns;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A {@link PlaybackPane} on a project, in its own window, simulating on the calling thread. */
public final class PlaybackFixture {

    public final Document document;
    public final Editor editor;
    public final StringProperty scenario;
    public PlaybackPane pane;
    private final Locale locale;
    private SimulationRuns runs = SimulationRuns.MODEL;

    public PlaybackFixture(Project project, String scenarioName, Locale locale) {
        this.locale = locale;
        document = new Document(project);
        editor = new Editor(document, Messages.of(locale));
        scenario = new SimpleStringProperty(scenarioName);
    }

    /** Simulates with {@code r} instead of the model's runs (a heap too small for a trace, say). */
    public PlaybackFixture runs(SimulationRuns r) {
        runs = r;
        return this;
    }

    /** Shows the pane in a new window and waits for the first simulation to be loaded. */
    public PlaybackFixture show(FxRobot robot, Theme theme, double width, double height) {
        robot.interact(() -> {
            SimulationPipeline pipeline = new SimulationPipeline(document, scenario, Runnable::run, Runnable::run,
                    runs);
            pipeline.rerun();
            pane = new PlaybackPane(editor, scenario, pipeline, Examples::project);
            Scene scene = new Scene(pane, width, height);
            theme.apply(scene, locale);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public void close(FxRobot robot) {
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
