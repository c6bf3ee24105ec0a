package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.CanvasModel;
import dev.rollscope.app.canvas.HopFinding;
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
 */
public final class Workbench {

    private final Messages messages;
    private final UserPreferences preferences;
    private final Document document;
    private final Editor editor;
    private final CanvasModel canvas;
    private final InspectorModel inspector;
    private final FileSession session;
    private final ScenarioChoice scenarios;
    private final SimulationPipeline pipeline;
    private final LiveVerdicts verdicts;
    private final FindingsModel findings;

    /**
     * @param initial     the project the window opens with, under the name {@code initialName}
     * @param worker      runs the simulations (of the pipeline)
     * @param fxThread    delivers their results to the FX thread
     */
    public Workbench(Project initial, String initialName, Messages messages, UserPreferences preferences,
                     DialogService dialogs, ExecutorService worker, Executor fxThread) {
        this.messages = messages;
        this.preferences = preferences;
        document = new Document(initial);
        editor = new Editor(document, messages);
        canvas = new CanvasModel(editor);
        inspector = new InspectorModel(editor);
        session = new FileSession(document, messages, dialogs, new RecentFiles(preferences));
        session.showInitial(initialName);
        scenarios = new ScenarioChoice(document);
        findings = new FindingsModel(document, messages);
        pipeline = new SimulationPipeline(document, scenarios.selectedProperty(), worker, fxThread);
        verdicts = new LiveVerdicts(pipeline);
        verdicts.latestProperty().addListener((obs, old, now) -> findings.show(now));
        findings.badges().addListener((ListChangeListener<HopFinding>) c -> canvas.findings().setAll(findings.badges()));
        verdicts.rerun();
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
