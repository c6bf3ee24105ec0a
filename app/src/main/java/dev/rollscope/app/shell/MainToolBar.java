package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.action.Action;

/**
 * The tool bar: new, open, save; undo, redo; the scenario chooser (id {@code scenario-chooser})
 * and re-run; the theme toggle. Buttons run the same {@link ShellActions} as the menus; their
 * tooltips give the action and its shortcut.
 */
final class MainToolBar extends ToolBar {

    MainToolBar(Workbench bench, ShellActions actions) {
        Messages m = bench.messages();
        getStyleClass().add(StyleClasses.TOOLBAR);
        ComboBox<String> scenario = new ComboBox<>(bench.scenarios().names());
        scenario.setId("scenario-chooser");
        scenario.valueProperty().bindBidirectional(bench.scenarios().selectedProperty());
        scenario.setTooltip(new Tooltip(m.get("toolbar.scenario.tooltip")));
        scenario.setPrefWidth(200);
        Label scenarioLabel = new Label(m.get("toolbar.scenario"));
        scenarioLabel.setLabelFor(scenario);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(button("tool-new", actions.newProject, Icons.newFile(18)),
                button("tool-open", actions.open, Icons.open(18)), button("tool-save", actions.save, Icons.save(18)),
                new Separator(Orientation.VERTICAL), button("tool-undo", actions.undo, Icons.undo(18)),
                button("tool-redo", actions.redo, Icons.redo(18)), new Separator(Orientation.VERTICAL), scenarioLabel, scenario,
                button("tool-rerun", actions.rerun, Icons.rerun(18)), spacer,
                button("tool-theme", actions.darkTheme, Icons.theme(18)));
    }

    private static Button button(String id, Action action, Node icon) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setOnAction(action);
        b.disableProperty().bind(action.disabledProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> action.getAccelerator() == null ? action.getText()
                : action.getText() + " (" + action.getAccelerator().getDisplayText() + ")", action.textProperty()));
        b.setTooltip(tip);
        b.setFocusTraversable(false);
        return b;
    }
}
