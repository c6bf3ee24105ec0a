package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the document's file (or name) and whether it has unsaved changes on the left;
 * the simulation's state on the right (running, all OK, N failed, the time taken, or the error),
 * with a busy indicator while it runs; its tooltip holds the whole line when the bar cuts it. While an
 * inspector field holds refused text, why it is refused follows the file on the left. Ids:
 * {@code status-file}, {@code status-refusal}, {@code status-simulation}.
 */
final class ShellStatusBar extends StatusBar {

    private final Label simulation = new Label();
    private final ObjectBinding<SimulationStatus> status;

    ShellStatusBar(Workbench bench) {
        Messages m = bench.messages();
        FileSession session = bench.session();
        getStyleClass().add(StyleClasses.STATUS);
        setId("status-file");
        textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = session.fileProperty().get();
            String where = file == null ? session.nameProperty().get() : file.toString();
            return bench.document().isDirty() ? m.format("status.file.dirty", where) : where;
        }, session.fileProperty(), session.nameProperty(), bench.document().dirtyProperty()));
        status = SimulationStatus.follow(bench.verdicts(), bench.scenarios(), bench.findings().hiddenProperty(), m);
        simulation.setId("status-simulation");
        simulation.getStyleClass().add(StyleClasses.SIMULATION_STATUS);
        simulation.textProperty().bind(Bindings.createStringBinding(() -> status.get().text(), status));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(simulation.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        simulation.setTooltip(whole);
        status.addListener((obs, old, now) -> showState(now.state()));
        showState(status.get().state());
        getRightItems().add(simulation);
        getLeftItems().add(refusal(bench.inspector().refusalProperty()));
    }

    /** Why a field's text is refused; at most half the bar, so the simulation's state stays readable. */
    private Label refusal(ReadOnlyStringProperty why) {
        Label refusal = new Label();
        refusal.maxWidthProperty().bind(widthProperty().multiply(0.5));
        refusal.setId("status-refusal");
        refusal.getStyleClass().add(StyleClasses.REFUSAL);
        refusal.textProperty().bind(why);
        refusal.visibleProperty().bind(why.isNotNull());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(why);
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        refusal.setTooltip(whole);
        return refusal;
    }

    private void showState(SimulationStatus.State state) {
        simulation.pseudoClassStateChanged(StyleClasses.RUNNING, state == SimulationStatus.State.RUNNING);
        simulation.pseudoClassStateChanged(StyleClasses.OK, state == SimulationStatus.State.OK);
        simulation.pseudoClassStateChanged(StyleClasses.ERROR, state == SimulationStatus.State.FAILED
                || state == SimulationStatus.State.ERROR);
        setProgress(state == SimulationStatus.State.RUNNING ? -1 : 0);
    }
}
