package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happens during one simulation: the disruptions (what rolls, and when), the requests sent
 * and/or a steady traffic mix, the seed of every random choice, and the horizon.
 *
 * @param traffic a steady traffic mix, or null for none
 * @param horizon how long the simulation runs, from 0: a request still under way then ends as
 *                "still running at the horizon"; every request starts before it
 */
public record Scenario(String name, String description, List<Disruption> disruptions, List<RequestSpec> requests,
                       TrafficMix traffic, long seed, TimeSpan horizon) {

    /** The horizon when the file names none: 24 h. */
    public static final TimeSpan DEFAULT_HORIZON = TimeSpan.ofSeconds(24L * 3600);
    /** The longest horizon: 30 days. */
    public static final TimeSpan MAX_HORIZON = TimeSpan.ofSeconds(30L * 24 * 3600);

    /** A scenario with the default horizon. */
    public Scenario(String name, String description, List<Disruption> disruptions, List<RequestSpec> requests,
                    TrafficMix traffic, long seed) {
        this(name, description, disruptions, requests, traffic, seed, DEFAULT_HORIZON);
    }

    public Scenario {
        Objects.requireNonNull(name, "scenario name");
        if (name.isBlank() || name.length() > 80) {
            throw RefusalException.of("scenario.badName", Excerpt.quote(name));
        }
        description = description == null ? "" : description;
        disruptions = List.copyOf(Objects.requireNonNull(disruptions, "disruptions"));
        requests = List.copyOf(Objects.requireNonNull(requests, "requests"));
        Set<String> ids = new HashSet<>();
        for (RequestSpec r : requests) {
            if (!ids.add(r.id())) {
                throw RefusalException.of("scenario.duplicateRequest", name, r.id());
            }
        }
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.millis() < 1000 || horizon.compareTo(MAX_HORIZON) > 0) {
            throw RefusalException.of("scenario.horizon", name, MAX_HORIZON, horizon);
        }
        for (RequestSpec r : requests) {
            if (r.start().compareTo(horizon) >= 0) {
                throw RefusalException.of("scenario.lateRequest", name, r.id(), r.start(), horizon);
            }
        }
        for (Disruption d : disruptions) {
            if (d.at().compareTo(horizon) > 0) {
                throw RefusalException.of("scenario.lateDisruption", name, Refusal.of("disruption." + d.kind().name()),
                        String.join(", ", d.hops()), d.at(), horizon);
            }
        }
        if (requests.isEmpty() && traffic == null) {
            throw RefusalException.of("scenario.noRequest", name);
        }
    }

    public Optional<RequestSpec> request(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Scenario withRequests(List<RequestSpec> newRequests) {
        return new Scenario(name, description, disruptions, newRequests, traffic, seed, horizon);
    }

    public Scenario withDisruptions(List<Disruption> newDisruptions) {
        return new Scenario(name, description, newDisruptions, requests, traffic, seed, horizon);
    }

    public Scenario withTraffic(TrafficMix newTraffic) {
        return new Scenario(name, description, disruptions, requests, newTraffic, seed, horizon);
    }

    public Scenario withHorizon(TimeSpan newHorizon) {
        return new Scenario(name, description, disruptions, requests, traffic, seed, newHorizon);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, disruptions, requests, traffic, seed, horizon);
    }
}
