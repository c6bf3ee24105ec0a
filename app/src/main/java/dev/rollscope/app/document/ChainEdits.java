package dev.rollscope.app.document;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The chain edits of the designer as pure functions from one project to the next. Each either
 * returns a valid project or throws: {@link EditRefusedException} when the edit would break a
 * rule of the chain, {@link IllegalArgumentException} (the model's own message) for a bad value.
 */
public final class ChainEdits {

    /** Replicas of a new hop: enough for a rollout to keep serving. */
    static final int NEW_HOP_REPLICAS = 3;

    private ChainEdits() {
    }

    /** The first of A to Z that no hop uses as id, else H1, H2, ... */
    public static String freshId(Topology topology) {
        for (char c = 'A'; c <= 'Z'; c++) {
            if (topology.hop(String.valueOf(c)).isEmpty()) {
                return String.valueOf(c);
            }
        }
        int n = 1;
        while (topology.hop("H" + n).isPresent()) {
            n++;
        }
        return "H" + n;
    }

    /**
     * Inserts a new hop of {@code kind} with every default at {@code index} (0 = right after the
     * client, size = at the end).
     */
    public static Project insert(Project project, int index, HopKind kind, String id, String name) {
        List<Hop> hops = new ArrayList<>(project.topology().hops());
        if (index < 0 || index > hops.size()) {
            throw new IndexOutOfBoundsException("insert at " + index + " of " + hops.size());
        }
        Hop last = hops.get(hops.size() - 1);
        if (kind.isTerminal() && last.kind().isTerminal()) {
            throw new EditRefusedException("refuse.secondApp", last.id());
        }
        if (index == hops.size() && last.kind().isTerminal()) {
            throw new EditRefusedException("refuse.afterApp", last.id());
        }
        HopProfile profile = NewHopProfiles.profileFor(kind, index == 0 ? null : hops.get(index - 1));
        hops.add(index, Hop.of(id, name, kind, profile.platform(), profile.front(), NEW_HOP_REPLICAS));
        return withHops(project, hops);
    }

    /** Deletes a hop, its layout position, and the disruptions of scenarios that touch only it. */
    public static Project delete(Project project, String hopId) {
        List<Hop> hops = new ArrayList<>(project.topology().hops());
        hops.remove(indexOf(project, hopId));
        check(hops);
        Topology t = project.topology();
        Topology next = t.withHops(hops).withLayout(t.layout().without(hopId));
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : project.scenarios()) {
            scenarios.add(s.withDisruptions(withoutHop(s.disruptions(), hopId)));
        }
        return new Project(next, scenarios);
    }

    /** Moves a hop to {@code newIndex} in the chain; it leaves its own position to the automatic layout. */
    public static Project reorder(Project project, String hopId, int newIndex) {
        List<Hop> hops = new ArrayList<>(project.topology().hops());
        Hop hop = hops.remove(indexOf(project, hopId));
        if (newIndex < 0 || newIndex > hops.size()) {
            throw new IndexOutOfBoundsException("move to " + newIndex + " of " + (hops.size() + 1));
        }
        hops.add(newIndex, hop);
        check(hops);
        Topology t = project.topology();
        return project.withTopology(t.withHops(hops).withLayout(t.layout().without(hopId)));
    }

    /** Puts a hop at a canvas position: layout only, the chain is unchanged. */
    public static Project place(Project project, String hopId, Position position) {
        indexOf(project, hopId);
        Topology t = project.topology();
        return project.withTopology(t.withLayout(t.layout().with(hopId, position)));
    }

    /** Replaces a hop by {@code change(hop)}; the chain rules and the model's checks still apply. */
    public static Project changeHop(Project project, String hopId, UnaryOperator<Hop> change) {
        List<Hop> hops = new ArrayList<>(project.topology().hops());
        int i = indexOf(project, hopId);
        hops.set(i, change.apply(hops.get(i)));
        return withHops(project, hops);
    }

    private static Project withHops(Project project, List<Hop> hops) {
        check(hops);
        return project.withTopology(project.topology().withHops(hops));
    }

    /** @throws EditRefusedException naming the first rule of the chain that {@code hops} break */
    private static void check(List<Hop> hops) {
        Topology.problemOf(hops).ifPresent(p -> {
            throw new EditRefusedException(p);
        });
    }

    private static int indexOf(Project project, String hopId) {
        int i = project.topology().indexOf(hopId);
        if (i < 0) {
            throw new IllegalArgumentException("no hop \"" + hopId + "\"");
        }
        return i;
    }

    private static List<Disruption> withoutHop(List<Disruption> disruptions, String hopId) {
        List<Disruption> kept = new ArrayList<>();
        for (Disruption d : disruptions) {
            if (!d.hops().contains(hopId)) {
                kept.add(d);
            } else if (d instanceof NodeUpgrade && d.hops().size() > 1) {
                NodeUpgrade u = (NodeUpgrade) d;
                List<String> rest = new ArrayList<>(u.hops());
                rest.remove(hopId);
                kept.add(new NodeUpgrade(rest, u.at(), u.nodes()));
            }
        }
        return kept;
    }
}
