package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.CanvasModel;
import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.canvas.Viewport;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.inspector.InspectorModel;
import dev.rollscope.app.preferences.UserPreferences;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.Project;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.collections.ListChangeListener;

/**
 * The view models of one main window and how they are wired, without a view: the document and
 * its editor, the canvas's and the inspector's models, the file session, the scenario choice, the
 * simulation pipeline (the one place the document is simulated), the live verdicts and the findings
 * panel's model. Views of the window (and a tab added to it, such
 * as the playback) bind to these.
 *
 * <p>The models that speak (editor, canvas, inspector, findings) are made anew in another language by
 * {@link #speak(Messages)}, over the same document (its undo history, its selection), file session and
 * simulations; the views on the old ones are then to be rebuilt.
 */
public final class Workbench {

    private final UserPreferences preferences;
    private final Document document;
    private final FileSession session;
    private final ScenarioChoice scenarios;
    private final SimulationPipeline pipeline;
    private final LiveVerdicts verdicts;
    private Messages messages;
    private Editor editor;
    private CanvasModel canvas;
    private InspectorModel inspector;
    private FindingsModel findings;

    /**
     * @param initial     the project the window opens with, under the name {@code initialName}
     * @param worker      runs the simulations (of the pipeline)
     * @param fxThread    delivers their results to the FX thread
     */
    public Workbench(Project initial, String initialName, Messages messages, UserPreferences preferences,
                     DialogService dialogs, ExecutorService worker, Executor fxThread) {
        this.preferences = preferences;
        document = new Document(initial);
        session = new FileSession(document, messages, dialogs, new RecentFiles(preferences));
        session.showInitial(initialName);
        scenarios = new ScenarioChoice(document);
        pipeline = new SimulationPipeline(document, scenarios.selectedProperty(), worker, fxThread);
        verdicts = new LiveVerdicts(pipeline);
        speak(messages);
        verdicts.latestProperty().addListener((obs, old, now) -> findings.show(now));
        verdicts.rerun();
    }

    /**
     * Makes the models that speak anew in {@code next}'s language (the file session's words change
     * in place); the document, its undo history and selection, the file, the simulations and the
     * canvas's zoom and pan stay.
     * The findings show the newest verdicts at once.
     */
    public void speak(Messages next) {
        messages = next;
        if (editor != null) {
            editor.subscriptions().close();
        }
        editor = new Editor(document, next);
        Viewport shown = canvas == null ? null : canvas.viewport();
        canvas = new CanvasModel(editor);
        if (shown != null) {
            canvas.viewport().zoom(shown.scaleProperty().get(), 0, 0);
            canvas.viewport().pan(shown.translateXProperty().get(), shown.translateYProperty().get());
        }
        inspector = new InspectorModel(editor);
        FindingsModel speaking = new FindingsModel(document, next);
        speaking.badges().addListener((ListChangeListener<HopFinding>) c -> canvas.findings().setAll(speaking.badges()));
        findings = speaking;
        findings.show(verdicts.latestProperty().get());
        session.speak(next);
    }

    public Messages messages() {
        return messages;
    }

    public UserPreferences preferences() {
        return preferences;
    }

    public Document document() {
        return document;
    }

    public Editor editor() {
        return editor;
    }

    public CanvasModel canvas() {
        return canvas;
    }

    public InspectorModel inspector() {
        return inspector;
    }

    public FileSession session() {
        return session;
    }

    public ScenarioChoice scenarios() {
        return scenarios;
    }

    /** Simulates the document for the verdicts, the findings and the playback. */
    public SimulationPipeline pipeline() {
        return pipeline;
    }

    public LiveVerdicts verdicts() {
        return verdicts;
    }

    public FindingsModel findings() {
        return findings;
    }
}
