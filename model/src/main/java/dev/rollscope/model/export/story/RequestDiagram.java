package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;

/**
 * The Mermaid sequence diagram of one request, told exactly as the simulation saw it: the client,
 * every hop (the instances of each version apart when the request met several), each leg and
 * answer with its time, the body transfer, the rollout events of the instances it met, the
 * rollout window as a {@code rect} (at the essential detail a resumable upload's uneventful chunks
 * in one note each run, {@link ChunkRuns}), and a closing note with the verdict (for a failure: status,
 * where, why and the fix, from the engine's {@link Explanation}).
 */
public final class RequestDiagram {

    private RequestDiagram() {
    }

    /**
     * @param result  a simulation run with its full trace ({@code SimulationOptions.full()})
     * @param request index of the request in {@link SimulationResult#requests()}
     * @throws IllegalArgumentException when the request does not exist or the trace is empty
     */
    public static String of(SimulationResult result, int request, ExportOptions options) {
        if (request < 0 || request >= result.requests().size()) {
            throw new IllegalArgumentException("no request " + request + " in a simulation of "
                    + result.requests().size());
        }
        if (result.trace().size() == 0) {
            throw new IllegalArgumentException("the simulation kept no trace: run it with SimulationOptions.full()");
        }
        ExportTexts t = new ExportTexts(options.locale());
        RequestSpec spec = result.requests().get(request);
        SequenceDiagram d = new SequenceDiagram().autonumber(options.autonumber())
                .title(t.get("request.title", spec.id(), summary(spec), result.scenario().name()));
        RequestScope scope = RequestScope.of(result, request, options.all());
        Cast cast = Cast.declare(d, result, t, options.showLoadBalancers(), scope.versions());
        d.noteOver(cast.client(), cast.last(), Disruptions.describe(t, result.scenario()));
        Legs legs = new Legs(d, cast, t, result, request, options);
        RolloutWindow window = new RolloutWindow(d, t, result);
        ChunkRuns runs = options.all() ? ChunkRuns.none() : ChunkRuns.of(result, request, t);
        for (TraceEvent e : scope.events()) {
            if (e.request() == request) {
                String run = runs.noteAt(e);
                if (run != null) {
                    d.noteOver(cast.client(), cast.last(), run);
                }
                if (runs.draws(e) || ChunkRuns.keepsState(e)) {
                    legs.on(e);
                }
            } else if (RequestScope.isWindow(e)) {
                window.on(e, cast.of(e.station(), -1));
            } else {
                d.noteOver(cast.of(e.station(), e.instance()), InstanceNotes.text(t, result, e));
            }
        }
        Outcome outcome = result.outcomes().get(request);
        legs.answerClient(outcome.statusText(), outcome.end(), !outcome.ok());
        verdict(d, cast, t, result.outcomes().get(request));
        window.close();
        return d.toMermaid();
    }

    /** {@code POST 50MB}, {@code GET}. */
    static String summary(RequestSpec spec) {
        return spec.body().bytes() > 0 ? spec.method() + " " + spec.body() : spec.method();
    }

    private static void verdict(SequenceDiagram d, Cast cast, ExportTexts t, Outcome o) {
        if (o.ok()) {
            d.noteOver(cast.client(), cast.last(), t.get("verdict.ok", o.statusText(), Times.at(o.end()),
                    Times.span(o.end() - o.start())));
            return;
        }
        Failure f = o.failure();
        Explanation x = Explanation.of(f, t.locale());
        String where = f.instance().isEmpty() ? f.hop() : f.hop() + " (" + f.instance() + ")";
        d.noteOver(cast.client(), cast.last(), t.get("verdict.failed", o.statusText(), where, Times.at(f.time()))
                + "\n" + x.summary() + "\n" + t.get("verdict.inequality", x.inequality()));
    }
}
