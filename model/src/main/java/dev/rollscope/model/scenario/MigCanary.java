package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * A MIG canary (domain.md §14: {@code rolling-action start-update --canary-version
 * template=NEW,target-size=N}): {@code size} of the hop's VMs are replaced by the new template
 * under the hop's rollout settings, the rest keep the old one. A partial rollout.
 */
public record MigCanary(String hop, TimeSpan at, int size) implements Disruption {

    public MigCanary {
        Objects.requireNonNull(hop, "canary hop");
        Objects.requireNonNull(at, "canary at");
        if (size < 1) {
            throw RefusalException.of("canary.size", size);
        }
    }

    @Override
    public Kind kind() {
        return Kind.MIG_CANARY;
    }

    @Override
    public List<String> hops() {
        return List.of(hop);
    }

    @Override
    public MigCanary withAt(TimeSpan newAt) {
        return new MigCanary(hop, newAt, size);
    }
}
