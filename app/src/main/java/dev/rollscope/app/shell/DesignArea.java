package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.ChainCanvas;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.inspector.InspectorView;
import dev.rollscope.app.palette.PaletteView;
import dev.rollscope.app.plan.FixPlanDialog;
import dev.rollscope.app.plan.PlanRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The window's working area: the palette, the centre tabs and the inspector side by side, over the
 * findings, in the language of {@code messages}; the panels fold away off the Design tab.
 */
final class DesignArea {

    private static final double PALETTE_WIDTH = 190;
    private static final double INSPECTOR_WIDTH = 320;

    private DesignArea() {
    }

    /** Builds the area around {@code centre}, whose {@code design} tab keeps the panels shown. */
    static DesignPanels around(TabPane centre, Tab design, Workbench bench, ChainCanvas canvas, Messages messages,
                               Stage stage) {
        ScrollPane palette = new ScrollPane(new PaletteView(messages, canvas));
        palette.setFitToWidth(true);
        palette.setMinWidth(PALETTE_WIDTH);
        InspectorView inspector = new InspectorView(bench.inspector(), messages);
        inspector.setMinWidth(INSPECTOR_WIDTH);
        SplitPane sides = new SplitPane(palette, centre, inspector);
        ObjectBinding<SimulationStatus> status = SimulationStatus.follow(bench.verdicts(), bench.scenarios(),
                bench.findings().hiddenProperty(), messages);
        FindingsPanel findings = new FindingsPanel(bench.findings(), messages, Bindings.createStringBinding(
                () -> status.get().state() == SimulationStatus.State.IDLE ? messages.get("findings.none")
                        : status.get().text(), status));
        findings.setOnFixPlan(row -> FixPlanDialog.show(stage, bench.document(), messages,
                PlanRequest.ofVerdict(bench.document().project(), bench.scenarios().selected(), row.requestId())));
        SplitPane vertical = new SplitPane(sides, findings);
        vertical.setOrientation(Orientation.VERTICAL);
        DesignPanels panels = new DesignPanels(sides, vertical, bench.preferences());
        panels.follow(centre, design);
        return panels;
    }
}
