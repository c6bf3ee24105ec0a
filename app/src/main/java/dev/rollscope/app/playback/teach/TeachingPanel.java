package dev.rollscope.app.playback.teach;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.SimulationResult;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The teaching walk's caption bar: a button to start or end the walk, the caption, a button per
 * request when a question is asked, the feedback on the answer, and "Next".
 */
public final class TeachingPanel extends VBox {

    private final TeachingModel model;
    private final PlaybackTexts texts;
    private final Supplier<SimulationResult> result;
    private final Label caption = new Label();
    private final Label feedback = new Label();
    private final FlowPane choices = new FlowPane(6, 6);
    private final Button toggle = new Button();
    private final Button next = new Button();
    private final HBox row = new HBox(8);

    public TeachingPanel(TeachingModel model, PlaybackTexts texts,
                         Supplier<SimulationResult> result) {
        this.model = model;
        this.texts = texts;
        this.result = result;
        createView();
        initListeners();
    }

    private void createView() {
        toggle.setId("teach-toggle");
        next.setId("teach-next");
        next.setText(texts.get("teach.next"));
        caption.setId("teach-caption");
        caption.setWrapText(true);
        feedback.setId("teach-feedback");
        feedback.setWrapText(true);
        choices.setId("teach-choices");
        choices.managedProperty().bind(choices.visibleProperty());
        choices.visibleProperty().bind(Bindings.isNotEmpty(choices.getChildren()));
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        row.getChildren().addAll(toggle, caption, next);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(row, choices, feedback);
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
    }

    /** Adds a control at the end of the walk's row (the lesson picker). */
    public void addToRow(Node node) {
        row.getChildren().add(node);
    }

    private void initListeners() {
        toggle.setOnAction(e -> {
            if (model.activeProperty().get()) {
                model.stop();
            } else {
                model.start();
            }
        });
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.canGoOnProperty().not());
        next.visibleProperty().bind(model.activeProperty());
        caption.textProperty().bind(model.captionProperty());
        feedback.textProperty().bind(model.feedbackProperty());
        model.activeProperty().addListener((obs, old, now) -> showToggle());
        model.questionProperty().addListener((obs, old, now) -> showChoices(now));
        showToggle();
    }

    private void showToggle() {
        toggle.setText(texts.get(model.activeProperty().get() ? "teach.stop" : "teach.start"));
    }

    private void showChoices(TeachingStop question) {
        choices.getChildren().clear();
        if (question == null) {
            return;
        }
        for (int r : question.choices()) {
            String id = result.get().outcomes().get(r).requestId();
            Button b = new Button(id);
            b.setId("teach-choice-" + id);
            b.setOnAction(e -> model.answer(r));
            choices.getChildren().add(b);
        }
    }
}
