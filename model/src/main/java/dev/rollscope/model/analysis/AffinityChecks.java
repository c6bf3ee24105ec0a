package dev.rollscope.model.analysis;

import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Affinity does not replace drain (domain.md §12, derived): a front's session affinity only
 * chooses the instance of the next connection, so a request already on a leaving instance survives
 * or fails exactly as without it. Where a check on how long a leaving instance lives (drain, stop,
 * grace, scale-down) already finds a request cut at a hop whose front pins clients, this says that
 * the pin does not change that. Runs after those checks, on their findings.
 */
final class AffinityChecks implements Check {

    /** The checks that weigh how long a leaving instance keeps the requests it has. */
    private static final Set<String> LIFETIME = Set.of("drain", "stop-at-once", "grace-period", "kong-quit-timeout",
            "worker-shutdown-timeout", "prestop-propagation", "prestop-propagation-retried", "scale-down-delay",
            "scale-down-relies-on-stop", "detach-delay");

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        List<Finding> added = new ArrayList<>();
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            Setting<?> pin = pinning(h);
            if (pin == null) {
                continue;
            }
            List<String> cuts = out.stream().filter(f -> f.hop().equals(h.id()) && f.severity() != Severity.INFO
                    && LIFETIME.contains(f.check())).map(Finding::check).distinct().toList();
            if (!cuts.isEmpty()) {
                added.add(new FindingBuilder(Severity.INFO, "affinity-not-drain", h).setting(h, pin)
                        .args(pin.name() + " " + h.get(pin), String.join(", ", cuts)).build());
            }
        }
        out.addAll(added);
    }

    /** The setting by which the hop's front pins clients, or null when it does not. */
    private static Setting<?> pinning(Hop h) {
        if (h.settings().has(FrontSettings.SESSION_AFFINITY)
                && h.get(FrontSettings.SESSION_AFFINITY).key() != SessionAffinity.Key.NONE) {
            return FrontSettings.SESSION_AFFINITY;
        }
        if (h.settings().has(FrontSettings.HASH_ON) && h.get(FrontSettings.HASH_ON).key() != SessionAffinity.Key.NONE) {
            return FrontSettings.HASH_ON;
        }
        return null;
    }
}
