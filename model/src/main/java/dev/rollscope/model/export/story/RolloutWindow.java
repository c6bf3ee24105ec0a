package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Block;
import dev.rollscope.model.export.mermaid.Colour;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;

/**
 * The time while a disruption runs, drawn as a {@code rect} that opens with a note where the
 * first disruption starts and closes after the note where the last one finishes (or at the end of
 * the diagram).
 */
final class RolloutWindow {

    static final Colour COLOUR = Colour.rgba(255, 170, 80, 0.15);

    private final SequenceDiagram diagram;
    private final ExportTexts texts;
    private final SimulationResult result;
    private Block rect;
    private int running;

    RolloutWindow(SequenceDiagram diagram, ExportTexts texts, SimulationResult result) {
        this.diagram = diagram;
        this.texts = texts;
        this.result = result;
    }

    /** Tells a {@code DISRUPTION_STARTED} or {@code DISRUPTION_FINISHED} event over {@code where}. */
    void on(TraceEvent e, Participant where) {
        if (e.type() == TraceEventType.DISRUPTION_STARTED) {
            if (running++ == 0) {
                rect = diagram.rect(COLOUR);
            }
            diagram.noteOver(where, text(texts, result, e));
        } else {
            diagram.noteOver(where, text(texts, result, e));
            if (running > 0 && --running == 0) {
                close();
            }
        }
    }

    /** {@code rollout of D starts · t=40.0s}, {@code rollout of D finished · t=70.0s}. */
    static String text(ExportTexts t, SimulationResult r, TraceEvent e) {
        String hop = r.topology().hops().get(r.stations().get(e.station()).hop()).id();
        String what = t.has("window." + e.detail()) ? t.get("window." + e.detail(), hop) : e.detail() + " " + hop;
        String key = e.type() == TraceEventType.DISRUPTION_STARTED ? "window.started" : "window.finished";
        return t.get(key, what, Times.at(e.time()));
    }

    /** Closes the window if it is still open. */
    void close() {
        if (rect != null) {
            rect.close();
            rect = null;
        }
    }
}
