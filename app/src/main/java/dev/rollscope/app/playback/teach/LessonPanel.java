package dev.rollscope.app.playback.teach;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A lesson's bar, shown while one is taken: its caption, the question's choices, "Show me",
 * "Next" and "End"; and the lesson picker (a menu of every lesson) for the Play view's top row.
 */
public final class LessonPanel extends VBox {

    private final LessonModel model;
    private final Lessons lessons;
    private final Label caption = new Label();
    private final Label feedback = new Label();
    private final FlowPane choices = new FlowPane(6, 6);
    private final ToggleGroup choiceGroup = new ToggleGroup();
    private final MenuButton picker = new MenuButton();

    public LessonPanel(LessonModel model) {
        this.model = model;
        this.lessons = model.lessons();
        createView();
        initListeners();
    }

    /** The menu of lessons, to place where the view wants it. */
    public MenuButton picker() {
        return picker;
    }

    private void createView() {
        picker.setId("lesson-picker");
        picker.setText(lessons.get("picker"));
        picker.setMinWidth(Region.USE_PREF_SIZE);
        for (Lesson l : Lessons.ALL) {
            MenuItem item = new MenuItem(lessons.title(l));
            item.setId("lesson-" + l.id());
            item.setOnAction(e -> model.start(l));
            picker.getItems().add(item);
        }
        caption.setId("lesson-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        feedback.setId("lesson-feedback");
        feedback.setWrapText(true);
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        choices.setId("lesson-choices");
        Button show = button("showMe", "lesson-show", model::showMe);
        show.visibleProperty().bind(model.canShowProperty());
        show.managedProperty().bind(show.visibleProperty());
        Button next = button("next", "lesson-next", model::next);
        next.disableProperty().bind(model.canGoOnProperty().not());
        Button end = button("end", "lesson-end", model::stop);
        HBox row = new HBox(8, caption, show, next, end);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.ALWAYS);
        getChildren().addAll(row, choices, feedback);
        setSpacing(4);
        setPadding(new Insets(0, 8, 6, 8));
        visibleProperty().bind(model.activeProperty());
        managedProperty().bind(visibleProperty());
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(lessons.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void initListeners() {
        caption.textProperty().bind(model.captionProperty());
        feedback.textProperty().bind(model.feedbackProperty());
        model.choicesProperty().addListener((obs, old, now) -> showChoices(now));
    }

    private void showChoices(List<String> texts) {
        choices.getChildren().clear();
        for (int i = 0; i < texts.size(); i++) {
            int choice = i;
            ToggleButton b = new ToggleButton(texts.get(i));
            b.setId("lesson-choice-" + i);
            b.setToggleGroup(choiceGroup);
            b.setOnAction(e -> model.answer(choice));
            choices.getChildren().add(b);
        }
        choices.setVisible(!texts.isEmpty());
        choices.setManaged(!texts.isEmpty());
    }
}
