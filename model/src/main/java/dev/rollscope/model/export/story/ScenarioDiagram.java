package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.util.Map;

/**
 * All requests of a scenario in one Mermaid sequence diagram: each request as its way in (to the
 * hop that answered or broke it) and its verdict back, requests that overlap in time side by side
 * in a {@code par}, and the rollout events of the disrupted hops as notes (in a {@code rollout}
 * branch of the {@code par} they overlap). Many requests are summarised (see
 * {@link RequestSample}), and a note says so with the counts.
 */
public final class ScenarioDiagram {

    private ScenarioDiagram() {
    }

    /** @param result a simulation; without a trace the diagram has no rollout notes */
    public static String of(SimulationResult result, ExportOptions options) {
        ExportTexts t = new ExportTexts(options.locale());
        RequestSample sample = RequestSample.of(result.outcomes());
        SequenceDiagram d = new SequenceDiagram().autonumber(options.autonumber())
                .title(t.get("scenario.title", result.scenario().name(), String.valueOf(result.outcomes().size()),
                        String.valueOf(sample.failed())));
        Cast cast = Cast.declare(d, result, t, options.showLoadBalancers(), Map.of());
        String context = Disruptions.describe(t, result.scenario());
        if (sample.summarised()) {
            context += "\n" + t.get("scenario.summary", String.valueOf(sample.failed() + sample.ok()),
                    String.valueOf(sample.failed()), String.valueOf(sample.ok()), String.valueOf(sample.shownFailed()),
                    String.valueOf(sample.shownOk()));
        }
        d.noteOver(cast.client(), cast.last(), context);
        ScenarioItems items = ScenarioItems.of(result, sample, options.all());
        new ScenarioWriter(d, cast, t, result, items).write();
        return d.toMermaid();
    }

    /** The way in of one request, to the hop that answered it or where it broke. */
    static void wayIn(SequenceDiagram d, Cast cast, ExportTexts t, SimulationResult r, Outcome o) {
        String method = r.requests().get(o.request()).method();
        d.message(cast.client(), cast.of(answeredAt(cast, r, o), -1), Arrow.SOLID,
                t.get("scenario.request", method, o.requestId(), Times.at(o.start())));
    }

    /**
     * The last station, the failing hop's, or the first after the client for a request that
     * reached no hop (still open at the simulation's horizon).
     */
    private static int answeredAt(Cast cast, SimulationResult r, Outcome o) {
        if (o.ok()) {
            return r.stations().size() - 1;
        }
        int hop = r.topology().indexOf(o.failure().hop());
        return hop < 0 ? 1 : cast.stationOfHop(hop);
    }

    /** The verdict back to the client: the status, or where and why it failed. */
    static void wayBack(SequenceDiagram d, Cast cast, ExportTexts t, SimulationResult r, Outcome o) {
        int station = answeredAt(cast, r, o);
        if (o.ok()) {
            d.message(cast.of(station, -1), cast.client(), Arrow.DOTTED,
                    t.get("scenario.ok", o.statusText(), Times.at(o.end()), Times.span(o.end() - o.start())));
        } else {
            String summary = Explanation.of(o.failure(), t.locale()).summary();
            d.message(cast.of(station, -1), cast.client(), Arrow.DOTTED_CROSS,
                    t.get("scenario.failed", o.statusText(), Times.at(o.failure().time()), summary));
        }
    }
}
