package dev.rollscope.model.scenario;

import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/** A rolling update of every instance of one hop to a new version, under the hop's rollout settings. */
public record RollOut(String hop, TimeSpan at) implements Disruption {

    public RollOut {
        Objects.requireNonNull(hop, "rollout hop");
        Objects.requireNonNull(at, "rollout at");
    }

    @Override
    public Kind kind() {
        return Kind.ROLLOUT;
    }

    @Override
    public List<String> hops() {
        return List.of(hop);
    }

    @Override
    public RollOut withAt(TimeSpan newAt) {
        return new RollOut(hop, newAt);
    }
}
