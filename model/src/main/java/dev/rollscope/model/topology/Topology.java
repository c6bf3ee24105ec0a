package dev.rollscope.model.topology;

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
            throw new IllegalArgumentException("topology name must be 1 to 120 characters, not " + Excerpt.quote(name));
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(layout, "layout");
        hops = List.copyOf(Objects.requireNonNull(hops, "hops"));
        checkChain(hops);
    }

    private static void checkChain(List<Hop> hops) {
        if (hops.isEmpty() || hops.size() > MAX_HOPS) {
            throw new IllegalArgumentException("a chain has 1 to " + MAX_HOPS + " hops, not " + hops.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            if (!ids.add(h.id())) {
                throw new IllegalArgumentException("duplicate hop id \"" + h.id() + "\"");
            }
            boolean last = i == hops.size() - 1;
            if (h.kind().isTerminal() != last) {
                throw new IllegalArgumentException(last
                        ? "the last hop (" + h.id() + ") must be an APP_RUNTIME, which answers requests, not " + h.kind()
                        : "hop " + h.id() + " is an APP_RUNTIME, which answers requests: it can only be the last hop");
            }
            if (h.front() == FrontKind.KONG_UPSTREAM && (i == 0 || hops.get(i - 1).kind() != HopKind.KONG)) {
                throw new IllegalArgumentException("hop " + h.id() + ": a KONG_UPSTREAM front needs a KONG hop before it");
            }
        }
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
