package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.mermaid.Box;
import dev.rollscope.model.export.mermaid.Colour;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;
import dev.rollscope.model.topology.Hop;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The participants of a diagram of one simulation, declared in chain order: the client, then per
 * station the GCP external ALB (a station of its own) or the hop, preceded by its load balancer
 * when asked. A hop whose instances of several versions the diagram meets gets one participant per
 * version, boxed under the hop's name.
 */
final class Cast {

    private static final Colour BOX = Colour.rgba(200, 220, 255, 0.35);

    private final SimulationResult result;
    private final HopNames names;
    private final Map<String, String> plainLabels = new HashMap<>();
    private final Map<Integer, Participant> byStation = new HashMap<>();
    private final Map<String, Participant> byVersion = new HashMap<>();
    private final Map<Integer, Participant> loadBalancers = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private Participant client;
    private Participant last;

    private Cast(SimulationResult result, HopNames names) {
        this.result = result;
        this.names = names;
    }

    /**
     * Declares the participants.
     *
     * @param versions per hop station, the versions of its instances to draw apart (a station with
     *                 fewer than two gets a single participant)
     */
    static Cast declare(SequenceDiagram d, SimulationResult r, ExportTexts t, boolean loadBalancers,
                        Map<Integer, SortedSet<Integer>> versions) {
        Cast cast = new Cast(r, HopNames.of(r.topology(), t));
        for (Station s : r.stations()) {
            if (s.isClient()) {
                cast.client = cast.ordered(d.actor("client", t.get("participant.client")));
                cast.last = cast.client;
            } else if (!s.isHop()) {
                Hop hop = r.topology().hops().get(s.hop());
                cast.put(s.index(), cast.ordered(cast.declare(d, "gfe_" + hop.id(), frontLabel(t, hop))));
            } else {
                cast.declareHop(d, t, s, loadBalancers, versions.getOrDefault(s.index(), new TreeSet<>()));
            }
        }
        return cast;
    }

    private void declareHop(SequenceDiagram d, ExportTexts t, Station s, boolean withLb, Set<Integer> versions) {
        Hop hop = result.topology().hops().get(s.hop());
        boolean lb = withLb && !hop.front().isProxy();
        if (versions.size() < 2) {
            if (lb) {
                loadBalancers.put(s.index(), ordered(declare(d, "lb_" + hop.id(), frontLabel(t, hop))));
            }
            put(s.index(), ordered(declare(d, hop.id(), names.label(hop))));
            return;
        }
        try (Box box = d.box(HopNames.wrapped(names.label(hop)), BOX)) {
            if (lb) {
                loadBalancers.put(s.index(), ordered(plain(box.participant("lb_" + hop.id(),
                        HopNames.wrapped(frontLabel(t, hop))), frontLabel(t, hop))));
            }
            for (int v : versions) {
                String label = t.get("participant.version", names.label(hop), versionLabel(t, v));
                Participant p = ordered(plain(box.participant(hop.id() + "_v" + v, HopNames.wrapped(label)), label));
                byVersion.put(s.index() + ":" + v, p);
                put(s.index(), p);
            }
        }
    }

    /** A hop's participant, its long name wrapped. */
    private Participant declare(SequenceDiagram d, String idHint, String label) {
        return plain(d.participant(idHint, HopNames.wrapped(label)), label);
    }

    private Participant plain(Participant p, String label) {
        plainLabels.put(p.id(), label);
        return p;
    }

    /** The participant's name on one line, as texts quote it. */
    String name(Participant p) {
        return plainLabels.getOrDefault(p.id(), p.label());
    }

    private void put(int station, Participant p) {
        byStation.putIfAbsent(station, p);
        last = p;
    }

    private Participant ordered(Participant p) {
        order.putIfAbsent(p.id(), order.size());
        return p;
    }

    /** The two participants in the order they were declared, for a note over both. */
    Participant[] span(Participant a, Participant b) {
        return order.get(a.id()) <= order.get(b.id()) ? new Participant[] {a, b} : new Participant[] {b, a};
    }

    static String frontLabel(ExportTexts t, Hop hop) {
        return t.get("participant.front", t.shortLabel(hop.front()), hop.id());
    }

    static String versionLabel(ExportTexts t, int version) {
        return version == 1 || version == 2 ? t.get("version." + version) : t.get("version.n", String.valueOf(version));
    }

    Participant client() {
        return client;
    }

    /** The participant declared last (the deepest hop). */
    Participant last() {
        return last;
    }

    /** Who stands for {@code station}, and for {@code instance} on it when that is not -1. */
    Participant of(int station, int instance) {
        if (station == 0) {
            return client;
        }
        if (instance >= 0) {
            InstanceInfo info = result.instances().get(instance);
            Participant p = byVersion.get(station + ":" + info.version());
            if (p != null) {
                return p;
            }
        }
        return byStation.get(station);
    }

    /** The load balancer in front of a hop station, or null when it is not drawn. */
    Participant loadBalancer(int station) {
        return loadBalancers.get(station);
    }

    /** The station of a hop, by the hop's index in the topology. */
    int stationOfHop(int hop) {
        for (Station s : result.stations()) {
            if (s.isHop() && s.hop() == hop) {
                return s.index();
            }
        }
        throw new IllegalArgumentException("no station for hop " + hop);
    }
}
