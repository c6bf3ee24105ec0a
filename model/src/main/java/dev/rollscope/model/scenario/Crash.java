package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/** One instance of a hop dies at once (no graceful stop) and is then restarted by its platform. */
public record Crash(String hop, int instance, TimeSpan at) implements Disruption {

    public Crash {
        Objects.requireNonNull(hop, "crash hop");
        Objects.requireNonNull(at, "crash at");
        if (instance < 0) {
            throw RefusalException.of("crash.instance", instance);
        }
    }

    @Override
    public Kind kind() {
        return Kind.CRASH;
    }

    @Override
    public List<String> hops() {
        return List.of(hop);
    }

    @Override
    public Crash withAt(TimeSpan newAt) {
        return new Crash(hop, instance, newAt);
    }
}
