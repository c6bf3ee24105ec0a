package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.CanvasModel;
import dev.rollscope.app.canvas.ChainCanvas;
import dev.rollscope.app.canvas.Viewport;
import dev.rollscope.app.command.CommandStack;
import dev.rollscope.app.document.UndoActions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.importing.ImportDialog;
import dev.rollscope.model.topology.HopKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;

/**
 * Every command of the main window as a ControlsFX {@link Action} (text, accelerator, enabled
 * state), shared by the menus and the tool bar so both always agree. What the actions do is
 * delegated to the workbench's models and to the {@link ShellCommands} the window provides.
 */
final class ShellActions {

    final Action newProject;
    final Action open;
    final Action save;
    final Action saveAs;
    final Action export;
    final Action importConfig;
    final Action quit;
    final Action undo;
    final Action redo;
    final Action delete;
    final Action moveEarlier;
    final Action moveLater;
    final List<Action> insert = new ArrayList<>();
    final Action zoomIn;
    final Action zoomOut;
    final Action fit;
    final Action darkTheme;
    final Action rerun;
    final Action shortcuts;
    final Action about;

    ShellActions(Workbench bench, ChainCanvas canvasView, ShellCommands window) {
        Messages m = bench.messages();
        FileSession session = bench.session();
        CanvasModel canvas = bench.canvas();
        CommandStack commands = bench.document().commands();
        newProject = action(m, "menu.file.new", key(KeyCode.N), e -> session.newProject());
        open = action(m, "menu.file.open", key(KeyCode.O), e -> session.open());
        save = action(m, "menu.file.save", key(KeyCode.S), e -> session.save());
        saveAs = action(m, "menu.file.saveAs", shiftKey(KeyCode.S), e -> session.saveAs());
        export = action(m, "menu.file.export", key(KeyCode.E), e -> window.export());
        importConfig = action(m, "menu.file.import", key(KeyCode.I), e -> showImport(bench, canvasView, null, List.of()));
        canvasView.setOnFilesDropped((hop, files) -> showImport(bench, canvasView, hop, files));
        quit = action(m, "menu.file.quit", key(KeyCode.Q), e -> window.quit());
        UndoActions labels = new UndoActions(commands, m);
        undo = action(m, "action.undo.none", key(KeyCode.Z), e -> canvas.undo());
        undo.textProperty().bind(labels.undoLabelProperty());
        undo.disabledProperty().bind(commands.canUndoProperty().not());
        redo = action(m, "action.redo.none", shiftKey(KeyCode.Z), e -> canvas.redo());
        redo.textProperty().bind(labels.redoLabelProperty());
        redo.disabledProperty().bind(commands.canRedoProperty().not());
        delete = action(m, "menu.edit.delete", new KeyCodeCombination(KeyCode.DELETE), e -> canvas.deleteSelected());
        moveEarlier = action(m, "menu.edit.moveEarlier", alt(KeyCode.LEFT), e -> canvas.moveSelected(-1));
        moveLater = action(m, "menu.edit.moveLater", alt(KeyCode.RIGHT), e -> canvas.moveSelected(1));
        for (HopKind kind : HopKind.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (kind.ordinal() + 1));
            insert.add(action(m.format("menu.edit.insertKind", m.name(kind)), alt(digit),
                    e -> canvas.insertNearSelection(kind)));
        }
        zoomIn = action(m, "menu.view.zoomIn", key(KeyCode.EQUALS), e -> canvasView.zoomBy(Viewport.STEP));
        zoomOut = action(m, "menu.view.zoomOut", key(KeyCode.MINUS), e -> canvasView.zoomBy(1 / Viewport.STEP));
        fit = action(m, "menu.view.fit", key(KeyCode.DIGIT0), e -> canvasView.fitToWindow());
        darkTheme = action(m, "menu.view.dark", shiftKey(KeyCode.D), e -> window.toggleTheme());
        rerun = action(m, "menu.simulation.rerun", new KeyCodeCombination(KeyCode.F5), e -> bench.verdicts().rerun());
        shortcuts = action(m, "menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), e -> window.showShortcuts());
        about = action(m, "menu.help.about", null, e -> window.showAbout());
    }

    /** Every action with an accelerator, for the shortcuts dialog. */
    List<Action> withAccelerators() {
        List<Action> all = new ArrayList<>(List.of(newProject, open, save, saveAs, importConfig, export, quit, undo, redo, delete,
                moveEarlier, moveLater));
        all.addAll(insert);
        all.addAll(List.of(zoomIn, zoomOut, fit, darkTheme, rerun, shortcuts));
        return all;
    }

    /** File → Import… over the window of the canvas, into {@code hop} (null: the selected one). */
    private static void showImport(Workbench bench, ChainCanvas canvas, String hop, List<Path> files) {
        ImportDialog.show(canvas.getScene().getWindow(), bench.document(), bench.messages(),
                bench.session().fileProperty().get(), hop, files);
    }

    static Action action(Messages m, String key, KeyCombination accelerator, Consumer<ActionEvent> handler) {
        return action(m.get(key), accelerator, handler);
    }

    static Action action(String text, KeyCombination accelerator, Consumer<ActionEvent> handler) {
        Action a = new Action(text, handler);
        a.setAccelerator(accelerator);
        return a;
    }

    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shiftKey(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}
