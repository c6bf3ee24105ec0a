package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A compact Mermaid sequence diagram of the disrupted hops' instances: per hop its controller
 * (Kubernetes, or the MIG updater), its front and its instances (the first {@link #MAX_INSTANCES}),
 * with what the controller and the front do to each instance as messages (create, remove,
 * signals, start and stop choosing, drain) and the instances' own changes as notes, inside the
 * rollout's {@code rect}.
 */
public final class RolloutTimeline {

    static final int MAX_INSTANCES = 12;

    /** Instance events the essential timeline leaves out. */
    private static final Set<TraceEventType> MINOR = EnumSet.of(TraceEventType.INSTANCE_LISTENING,
            TraceEventType.INSTANCE_AVAILABLE, TraceEventType.PRESTOP_ENDED, TraceEventType.LISTENER_CLOSED);

    private RolloutTimeline() {
    }

    /**
     * @param result a simulation run with its full trace
     * @throws IllegalArgumentException when the trace is empty
     */
    public static String of(SimulationResult result, ExportOptions options) {
        if (result.trace().size() == 0) {
            throw new IllegalArgumentException("the simulation kept no trace: run it with SimulationOptions.full()");
        }
        ExportTexts t = new ExportTexts(options.locale());
        String hops = String.join(", ", result.scenario().disruptions().stream()
                .flatMap(d -> d.hops().stream()).distinct().toList());
        SequenceDiagram d = new SequenceDiagram().autonumber(options.autonumber())
                .title(t.get("timeline.title", hops.isEmpty() ? "-" : hops, result.scenario().name()));
        TimelineCast cast = TimelineCast.declare(d, result, t, MAX_INSTANCES);
        if (cast.isEmpty()) {
            d.noteOver(cast.placeholder(), t.get("timeline.none"));
            return d.toMermaid();
        }
        cast.introduce(d, t);
        RolloutWindow window = new RolloutWindow(d, t, result);
        TimelineEvents events = new TimelineEvents(d, t, result, cast);
        for (TraceEvent e : result.trace().events()) {
            if (e.request() >= 0) {
                continue;
            }
            if (RequestScope.isWindow(e) && cast.controller(e.station()) != null) {
                window.on(e, cast.controller(e.station()));
            } else if (cast.instance(e.instance()) != null && (options.all() || !MINOR.contains(e.type()))) {
                events.on(e);
            }
        }
        window.close();
        return d.toMermaid();
    }
}
