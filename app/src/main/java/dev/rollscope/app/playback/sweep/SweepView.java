package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.playback.PlaybackSession;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sweep of the chosen scenario, scrolling: what the offsets count from, the {@link SweepChart}
 * (offset × route heatmap), and the danger windows in words. Clicking a cell of the chart plays that
 * case: the request sent at that offset, on that route.
 */
public final class SweepView extends ScrollPane {

    private final SweepModel model;
    private final PlaybackTexts texts;
    private final PlaybackSession session;
    private final SweepChart chart;
    private final Label heading = new Label();
    private final VBox windows = new VBox(6);
    private final VBox content = new VBox(6);
    private BiFunction<SweepResult, DangerWindow, Node> fixPlan;

    public SweepView(SweepModel model, PlaybackTexts texts, PlaybackSession session) {
        this.model = model;
        this.texts = texts;
        this.session = session;
        this.chart = new SweepChart(model, texts, this::play);
        createView();
        model.resultsProperty().addListener((obs, old, now) -> show(now));
        show(model.resultsProperty().get());
    }

    public ObjectProperty<Palette> paletteProperty() {
        return chart.paletteProperty();
    }

    private void createView() {
        heading.setId("sweep-heading");
        heading.setWrapText(true);
        chart.setId("sweep-chart");
        windows.setId("sweep-windows");
        Label status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        content.getChildren().addAll(heading, status, chart, windows);
        content.setPadding(new Insets(8));
        setContent(content);
        setFitToWidth(true);
    }

    /**
     * Offers a link beside each danger window (the fix plan's entry point, {@code dev.rollscope.app.plan});
     * {@code action} gets the window and its sweep.
     */
    public void setOnFixPlan(String linkText, String tooltip, BiConsumer<SweepResult, DangerWindow> action) {
        fixPlan = (r, w) -> {
            Hyperlink link = new Hyperlink(linkText);
            link.getStyleClass().add("sweep-fix-plan");
            link.setTooltip(new Tooltip(tooltip));
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setOnAction(e -> action.accept(r, w));
            return link;
        };
        show(model.resultsProperty().get());
    }

    private void show(List<SweepResult> results) {
        List<Node> lines = new ArrayList<>();
        for (SweepResult r : results) {
            String disruption = r.disruptionText(texts.locale());
            r.regardlessText(texts.locale()).map(SweepView::wrapping).ifPresent(lines::add);
            for (DangerWindow w : r.windows()) {
                Label text = wrapping(w.text(r.requestId(), disruption, texts.locale()));
                lines.add(fixPlan == null ? text : new HBox(6, text, fixPlan.apply(r, w)));
            }
            model.closing(r).map(SweepView::wrapping).ifPresent(lines::add);
        }
        windows.getChildren().setAll(lines);
        heading.setText(results.isEmpty() ? "" : texts.format("sweep.heading",
                results.get(0).disruptionText(texts.locale())));
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private void play(SweepHeatmap.Cell c) {
        session.playCase(model.caseAt(c.result(), c.point()), model.routeOf(c.result(), c.routed()),
                caseText(texts, c), c.result().requestId());
    }

    /** "POST-50MB at offset 42.0 s via C.2", or without "via" when the request met no choice. */
    static String caseText(PlaybackTexts texts, SweepHeatmap.Cell c) {
        double seconds = c.point().offset() / 1000.0;
        return c.routed().route().isEmpty() ? texts.format("sweep.case", c.result().requestId(), seconds)
                : texts.format("sweep.case.via", c.result().requestId(), seconds, c.routed().route());
    }
}
