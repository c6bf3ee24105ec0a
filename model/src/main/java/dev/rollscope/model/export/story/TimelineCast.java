package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.mermaid.Box;
import dev.rollscope.model.export.mermaid.Colour;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Hop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The participants of a rollout timeline: per disrupted hop, in a box under its name, its
 * controller, its front and its first instances.
 */
final class TimelineCast {

    private static final Colour BOX = Colour.rgba(200, 220, 255, 0.35);

    /** One disrupted hop's participants and the instances it has, shown or not. */
    private record HopCast(Participant controller, List<Participant> shown, List<String> initial, int instances) {
    }

    private final Map<Integer, Participant> controllers = new HashMap<>();
    private final Map<Integer, Participant> fronts = new HashMap<>();
    private final Map<Integer, Participant> instances = new HashMap<>();
    private final List<HopCast> hops = new ArrayList<>();
    private Participant placeholder;

    static TimelineCast declare(SequenceDiagram d, SimulationResult r, ExportTexts t, int maxInstances) {
        TimelineCast cast = new TimelineCast();
        HopNames names = HopNames.of(r.topology(), t);
        Set<String> ids = new LinkedHashSet<>();
        for (Disruption x : r.scenario().disruptions()) {
            ids.addAll(x.hops());
        }
        for (Hop hop : r.topology().hops()) {
            if (ids.contains(hop.id())) {
                cast.declareHop(d, r, t, hop, names.label(hop), maxInstances);
            }
        }
        if (cast.hops.isEmpty()) {
            cast.placeholder = d.actor("client", t.get("participant.client"));
        }
        return cast;
    }

    private void declareHop(SequenceDiagram d, SimulationResult r, ExportTexts t, Hop hop, String name, int max) {
        int index = r.topology().indexOf(hop.id());
        List<Participant> shown = new ArrayList<>();
        List<String> initial = new ArrayList<>();
        int count = 0;
        try (Box box = d.box(HopNames.wrapped(name), BOX)) {
            Participant controller = box.participant(hop.id() + "_ctl",
                    HopNames.wrapped(t.get("timeline.controller." + hop.platform())));
            Participant front = box.participant("lb_" + hop.id(), HopNames.wrapped(Cast.frontLabel(t, hop)));
            for (int i = 0; i < r.instances().size(); i++) {
                InstanceInfo info = r.instances().get(i);
                if (info.hop() != index) {
                    continue;
                }
                count++;
                if (info.intervals().get(0).from() == 0) {
                    initial.add(info.id());
                }
                if (shown.size() < max) {
                    Participant p = box.participant(info.id(),
                            HopNames.wrapped(info.id() + " (" + Cast.versionLabel(t, info.version()) + ")"));
                    shown.add(p);
                    instances.put(i, p);
                }
                controllers.put(info.station(), controller);
                fronts.put(info.station(), front);
            }
            hops.add(new HopCast(controller, shown, initial, count));
        }
    }

    boolean isEmpty() {
        return hops.isEmpty();
    }

    Participant placeholder() {
        return placeholder;
    }

    /** A note per hop: the instances running at 0, and how many instances are shown. */
    void introduce(SequenceDiagram d, ExportTexts t) {
        for (HopCast h : hops) {
            String text = t.get("timeline.initial", String.join(", ", h.initial()));
            if (h.shown().size() < h.instances()) {
                text += "\n" + t.get("timeline.more", String.valueOf(h.shown().size()), String.valueOf(h.instances()));
            }
            d.noteOver(h.controller(), h.shown().isEmpty() ? h.controller() : h.shown().get(h.shown().size() - 1), text);
        }
    }

    Participant controller(int station) {
        return controllers.get(station);
    }

    Participant front(int station) {
        return fronts.get(station);
    }

    /** The participant of an instance, or null when it is not shown. */
    Participant instance(int index) {
        return instances.get(index);
    }
}
