package dev.rollscope.model.scenario;

import dev.rollscope.model.units.Excerpt;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happens during one simulation: the disruptions (what rolls, and when), the requests sent
 * and/or a steady traffic mix, and the seed of every random choice.
 *
 * @param traffic a steady traffic mix, or null for none
 */
public record Scenario(String name, String description, List<Disruption> disruptions, List<RequestSpec> requests,
                       TrafficMix traffic, long seed) {

    public Scenario {
        Objects.requireNonNull(name, "scenario name");
        if (name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("scenario name must be 1 to 80 characters, not " + Excerpt.quote(name));
        }
        description = description == null ? "" : description;
        disruptions = List.copyOf(Objects.requireNonNull(disruptions, "disruptions"));
        requests = List.copyOf(Objects.requireNonNull(requests, "requests"));
        Set<String> ids = new HashSet<>();
        for (RequestSpec r : requests) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("scenario \"" + name + "\": duplicate request id \"" + r.id() + "\"");
            }
        }
        if (requests.isEmpty() && traffic == null) {
            throw new IllegalArgumentException("scenario \"" + name + "\" sends no request: add requests or a traffic mix");
        }
    }

    public Optional<RequestSpec> request(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Scenario withRequests(List<RequestSpec> newRequests) {
        return new Scenario(name, description, disruptions, newRequests, traffic, seed);
    }

    public Scenario withDisruptions(List<Disruption> newDisruptions) {
        return new Scenario(name, description, newDisruptions, requests, traffic, seed);
    }

    public Scenario withTraffic(TrafficMix newTraffic) {
        return new Scenario(name, description, disruptions, requests, newTraffic, seed);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, disruptions, requests, traffic, seed);
    }
}
