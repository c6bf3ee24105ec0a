package dev.rollscope.app.playback;

import dev.rollscope.app.document.Editor;
import dev.rollscope.app.plan.FixPlanDialog;
import dev.rollscope.app.plan.PlanRequest;
import dev.rollscope.app.playback.sweep.SweepModel;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.app.playback.sweep.SweepView;
import dev.rollscope.app.playback.teach.LessonModel;
import dev.rollscope.app.playback.teach.LessonPanel;
import dev.rollscope.app.playback.teach.Lessons;
import dev.rollscope.app.playback.teach.TeachingModel;
import dev.rollscope.app.playback.teach.TeachingPanel;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.playback.view.PlaybackCanvas;
import dev.rollscope.app.playback.view.RequestDetails;
import dev.rollscope.app.playback.view.SequenceCanvas;
import dev.rollscope.app.playback.view.TimelineBar;
import dev.rollscope.app.scenario.ScenarioEditor;
import dev.rollscope.app.scenario.ScenarioPanel;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.Project;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.Property;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Play" view of a document: the playback canvas with the selected request's sequence diagram
 * and events beside it, the teaching bar above and the timeline below. It shows the runs and sweeps
 * of the {@link SimulationPipeline} that follows the document's project and the chosen scenario. Its keys ({@link PlaybackKeys}, and F5
 * to present) work anywhere in its window while {@link #keysActiveProperty()} is true, unless the focus
 * is in a text field or the side panel.
 */
public final class PlaybackPane extends BorderPane {

    private final PlaybackModel model;
    private final PlaybackSession session;
    private final TeachingModel teaching;
    private final LessonModel lessons;
    private final SweepModel sweep;
    private final PlaybackCanvas canvas;
    private SweepView sweepView;
    private final TabPane sidePanel = new TabPane();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final BooleanProperty keysActive = new SimpleBooleanProperty(this, "keysActive", true);
    private final PlaybackKeys keys;
    private final EventHandler<KeyEvent> sceneKeys = this::key;
    private Presentation presentation;

    /**
     * @param scenario the name of the scenario to play (the shell's scenario choice)
     * @param pipeline simulates the editor's document for the chosen scenario
     * @param examples reads a bundled example by file name (for the lessons)
     */
    public PlaybackPane(Editor editor, Property<String> scenario, SimulationPipeline pipeline,
                        Function<String, Project> examples) {
        PlaybackTexts texts = new PlaybackTexts(editor.messages());
        model = new PlaybackModel(texts);
        session = new PlaybackSession(pipeline, model, editor.subscriptions());
        teaching = new TeachingModel(model);
        Lessons words = new Lessons(texts.locale());
        lessons = new LessonModel(model, words, l -> {
            Project p = examples.apply(l.file());
            session.playProject(p, p.scenario(l.scenario()).orElseThrow(), words.format("note", words.title(l)));
        });
        sweep = new SweepModel(pipeline, texts, editor.subscriptions());
        canvas = new PlaybackCanvas(model);
        canvas.setId("playback-canvas");
        keys = new PlaybackKeys(model);
        new PlayheadDriver(model);
        createView(texts, new ScenarioPanel(new ScenarioEditor(editor.document(), scenario, texts.locale()), scenario,
                editor.subscriptions()));
        offerFixPlans(editor, scenario);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, sceneKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, sceneKeys);
            }
        });
        session.rerun();
    }

    private void createView(PlaybackTexts texts, ScenarioPanel scenarioPanel) {
        SequenceCanvas sequence = new SequenceCanvas(model);
        sequence.setId("playback-sequence");
        SplitPane side = new SplitPane(sequence, new RequestDetails(model));
        side.setOrientation(Orientation.VERTICAL);
        sweepView = new SweepView(sweep, texts, session);
        sidePanel.getTabs().addAll(new Tab(texts.get("tab.request"), side), new Tab(texts.get("tab.sweep"), sweepView),
                new Tab(texts.get("tab.scenario"), scrolling(scenarioPanel)));
        sidePanel.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane center = new SplitPane(canvas, sidePanel);
        center.setDividerPositions(0.66);
        setCenter(center);
        Label problem = new Label();
        problem.setId("playback-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(session.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        TeachingPanel walk = new TeachingPanel(teaching, texts, () -> model.timeline().playhead().result());
        LessonPanel lesson = new LessonPanel(lessons);
        walk.addToRow(lesson.picker());
        lessons.activeProperty().addListener((obs, old, now) -> {
            if (now) {
                teaching.stop();
            }
        });
        setTop(new VBox(walk, lesson, problem, traceOffer(texts), breadcrumb(texts)));
        TimelineBar bar = new TimelineBar(model);
        setBottom(bar);
        palette.addListener((obs, old, now) -> {
            canvas.paletteProperty().set(now);
            sequence.paletteProperty().set(now);
            bar.paletteProperty().set(now);
            sweepView.paletteProperty().set(now);
        });
        canvas.setOnMousePressed(e -> canvas.requestFocus());
    }

    /** A danger window of the sweep opens its fix plan (the before/after view, {@link FixPlanDialog}). */
    private void offerFixPlans(Editor editor, Property<String> scenario) {
        sweepView.setOnFixPlan(editor.messages().get("plan.action"), editor.messages().get("plan.action.tooltip"),
                (r, w) -> FixPlanDialog.show(getScene().getWindow(), editor.document(), editor.messages(),
                        PlanRequest.ofWindow(editor.document().project(), scenario.getValue(), r, w)));
    }

    /** While a scenario's full trace would not fit: its estimate and the limit, and a button to play a sampled trace. */
    private HBox traceOffer(PlaybackTexts texts) {
        Label text = new Label();
        text.setId("playback-trace-offer");
        text.setWrapText(true);
        text.textProperty().bind(session.offerProperty());
        Button play = new Button(texts.get("session.playSampled"));
        play.setId("playback-play-sampled");
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setOnAction(e -> session.playSampled());
        HBox bar = new HBox(8, text, play);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(session.offerProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * While a sweep case or an example plays: "◀ Scenario › roll C › POST-50MB at offset 42.0 s via
     * C.2", whose first two links return to the chosen scenario.
     */
    private HBox breadcrumb(PlaybackTexts texts) {
        Hyperlink scenarios = new Hyperlink(texts.get("breadcrumb.scenario"));
        scenarios.setId("breadcrumb-scenario");
        Hyperlink back = new Hyperlink();
        back.setId("breadcrumb-back");
        back.textProperty().bind(Bindings.createStringBinding(session::scenarioName, session.caseProperty()));
        for (Hyperlink link : new Hyperlink[] {scenarios, back}) {
            link.setOnAction(e -> session.rerun());
            link.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label note = new Label();
        note.setId("breadcrumb-case");
        note.setWrapText(true);
        note.textProperty().bind(session.caseProperty());
        HBox crumbs = new HBox(4, scenarios, new Label("›"), back, new Label("›"), note);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.setPadding(new Insets(0, 8, 4, 8));
        crumbs.visibleProperty().bind(session.caseProperty().isNotEmpty());
        crumbs.managedProperty().bind(crumbs.visibleProperty());
        return crumbs;
    }

    /** True when a key event's target is within {@code area} (whose controls keep their keys). */
    private static boolean inside(Object target, Node area) {
        for (Node n = target instanceof Node ? (Node) target : null; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane scrolling(ScenarioPanel panel) {
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void key(KeyEvent e) {
        if (!keysActive.get() || e.getTarget() instanceof TextInputControl || inside(e.getTarget(), sidePanel)) {
            return;
        }
        if (e.getCode() == KeyCode.F5) {
            present();
            e.consume();
        } else if (keys.handle(e.getCode())) {
            e.consume();
        }
    }

    // Commands

    /** Shows the stage, the caption and the timeline alone, full screen (ends with Esc). */
    public void present() {
        if (model.timeline() == null || getScene() == null || (presentation != null && presentation.isShowing())) {
            return;
        }
        presentation = Presentation.open(model, teaching, palette.get(), getScene().getWindow());
    }

    /**
     * Goes on where {@code old} (a pane on the same pipeline) was: the time shown, speed and loop,
     * the request selected and the side tab open; {@code old} stops playing.
     */
    public void continueFrom(PlaybackPane old) {
        TimelineModel was = old.model.timeline();
        TimelineModel now = model.timeline();
        if (was != null) {
            was.pause();
            if (now != null) {
                now.setSpeed(was.speedProperty().get());
                now.loopProperty().set(was.loopProperty().get());
                now.seek(was.time());
            }
        }
        model.selectedRequestProperty().set(old.model.selectedRequestProperty().get());
        sidePanel.getSelectionModel().select(old.sidePanel.getSelectionModel().getSelectedIndex());
    }

    // Properties

    /** The presentation opened last, if any (showing or closed). */
    public Optional<Presentation> presentation() {
        return Optional.ofNullable(presentation);
    }

    /** Whether the keys work in the whole window (true while the pane is shown). */
    public BooleanProperty keysActiveProperty() {
        return keysActive;
    }

    public PlaybackModel model() {
        return model;
    }

    public PlaybackSession session() {
        return session;
    }

    public TeachingModel teaching() {
        return teaching;
    }

    public LessonModel lessons() {
        return lessons;
    }

    public SweepModel sweep() {
        return sweep;
    }

    public PlaybackCanvas canvas() {
        return canvas;
    }

    /** The colours of the canvases: {@link Palette#LIGHT} or {@link Palette#DARK}, to follow the theme. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }
}
