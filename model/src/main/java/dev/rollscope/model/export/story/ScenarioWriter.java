package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.mermaid.Block;
import dev.rollscope.model.export.mermaid.BranchBlock;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.List;

/** Writes a scenario diagram's items: lone notes, lone requests, and {@code par} groups, inside the rollout's {@code rect}. */
final class ScenarioWriter {

    private final SequenceDiagram d;
    private final Cast cast;
    private final ExportTexts t;
    private final SimulationResult r;
    private final ScenarioItems content;

    ScenarioWriter(SequenceDiagram d, Cast cast, ExportTexts t, SimulationResult r, ScenarioItems content) {
        this.d = d;
        this.cast = cast;
        this.t = t;
        this.r = r;
        this.content = content;
    }

    void write() {
        List<ScenarioItems.Item> items = content.items();
        int first = -1;
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).meets(content.windowStart(), content.windowEnd())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Block rect = null;
        for (int i = 0; i < items.size(); i++) {
            if (i == first) {
                rect = d.rect(RolloutWindow.COLOUR);
            }
            write(items.get(i));
            if (i == last) {
                rect.close();
            }
        }
        if (content.hiddenNotes() > 0) {
            d.noteOver(cast.client(), cast.last(), t.get("scenario.moreEvents", String.valueOf(content.hiddenNotes())));
        }
    }

    private void write(ScenarioItems.Item item) {
        if (item.requests().isEmpty()) {
            item.notes().forEach(this::note);
        } else if (item.requests().size() == 1) {
            Outcome o = item.requests().get(0);
            ScenarioDiagram.wayIn(d, cast, t, r, o);
            item.notes().forEach(this::note);
            ScenarioDiagram.wayBack(d, cast, t, r, o);
        } else {
            parallel(item);
        }
    }

    private void parallel(ScenarioItems.Item item) {
        boolean withNotes = !item.notes().isEmpty();
        try (BranchBlock par = d.par(withNotes ? t.get("scenario.rollout") : item.requests().get(0).requestId())) {
            item.notes().forEach(this::note);
            boolean first = !withNotes;
            for (Outcome o : item.requests()) {
                if (!first) {
                    par.branch(o.requestId());
                }
                first = false;
                ScenarioDiagram.wayIn(d, cast, t, r, o);
                ScenarioDiagram.wayBack(d, cast, t, r, o);
            }
        }
    }

    private void note(TraceEvent e) {
        String text = RequestScope.isWindow(e) ? RolloutWindow.text(t, r, e) : InstanceNotes.text(t, r, e);
        d.noteOver(cast.of(e.station(), -1), text);
    }
}
