package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.action.Action;

/** Help → Keyboard shortcuts (every action with its keys, and the canvas's keys) and Help → About. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner, Messages m, ShellActions actions) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Action a : actions.withAccelerators()) {
            grid.addRow(row++, new Label(a.getAccelerator().getDisplayText()), new Label(a.getText()));
        }
        grid.addRow(row++, new Label(FindingsPanel.FIX_PLAN_KEY.getDisplayText()), new Label(m.get("plan.action")));
        grid.addRow(row++, new Label(FindingsPanel.COPY_CONFIG_KEY.getDisplayText()),
                new Label(m.get("findings.copyConfig")));
        Label canvas = new Label(m.get("canvas.shortcuts"));
        canvas.setWrapText(true);
        canvas.setMaxWidth(520);
        grid.add(canvas, 0, row, 2, 1);
        Alert alert = alert(owner, m, m.get("menu.help.shortcuts"));
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }

    static void showAbout(Window owner, Messages m) {
        String version = ResourceBundle.getBundle("dev.rollscope.app.version").getString("version");
        Alert alert = alert(owner, m, m.format("about.header", version));
        alert.getDialogPane().setContent(AboutContent.create(m));
        alert.showAndWait();
    }

    private static Alert alert(Window owner, Messages m, String header) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        return alert;
    }
}
