package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.topology.ChainProblem.Rule;
import dev.rollscope.model.units.Excerpt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request chain: the client, then hops in order, the last of which answers. The layout is kept
 * apart from the semantics.
 */
public record Topology(String name, String description, ClientProfile client, Network network, List<Hop> hops,
                       Layout layout) {

    public static final int MAX_HOPS = 32;

    public Topology {
        Objects.requireNonNull(name, "topology name");
        if (name.isBlank() || name.length() > 120) {
            throw RefusalException.of("topology.badName", Excerpt.quote(name));
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(layout, "layout");
        hops = List.copyOf(Objects.requireNonNull(hops, "hops"));
        problemOf(hops).ifPresent(p -> {
            throw new RefusalException(p.refusal());
        });
    }

    /**
     * The first rule of a chain that {@code hops} break, or empty when they make a chain; the
     * constructor refuses such hops with the problem's English words.
     */
    public static Optional<ChainProblem> problemOf(List<Hop> hops) {
        if (hops.isEmpty()) {
            return Optional.of(ChainProblem.of(Rule.NO_HOP));
        }
        if (hops.size() > MAX_HOPS) {
            return Optional.of(ChainProblem.of(Rule.TOO_MANY_HOPS, MAX_HOPS, hops.size()));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            boolean last = i == hops.size() - 1;
            if (!ids.add(h.id())) {
                return Optional.of(ChainProblem.of(Rule.DUPLICATE_ID, h.id()));
            }
            if (last && !h.kind().isTerminal()) {
                return Optional.of(ChainProblem.of(Rule.LAST_NOT_APPLICATION, h.id()));
            }
            if (!last && h.kind().isTerminal()) {
                return Optional.of(ChainProblem.of(Rule.APPLICATION_NOT_LAST, h.id()));
            }
            if (h.front() == FrontKind.KONG_UPSTREAM && (i == 0 || hops.get(i - 1).kind() != HopKind.KONG)) {
                return Optional.of(ChainProblem.of(Rule.KONG_UPSTREAM_WITHOUT_KONG, h.id()));
            }
        }
        return Optional.empty();
    }

    public Optional<Hop> hop(String id) {
        return hops.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public int indexOf(String hopId) {
        for (int i = 0; i < hops.size(); i++) {
            if (hops.get(i).id().equals(hopId)) {
                return i;
            }
        }
        return -1;
    }

    public Topology withHops(List<Hop> newHops) {
        return new Topology(name, description, client, network, newHops, layout);
    }

    public Topology withHop(int index, Hop hop) {
        List<Hop> copy = new ArrayList<>(hops);
        copy.set(index, hop);
        return withHops(copy);
    }

    public Topology withLayout(Layout newLayout) {
        return new Topology(name, description, client, network, hops, newLayout);
    }

    public Topology withClient(ClientProfile newClient) {
        return new Topology(name, description, newClient, network, hops, layout);
    }

    public Topology withNetwork(Network newNetwork) {
        return new Topology(name, description, client, newNetwork, hops, layout);
    }

    public Topology withName(String newName, String newDescription) {
        return new Topology(newName, newDescription, client, network, hops, layout);
    }
}
