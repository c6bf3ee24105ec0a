package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.DatabaseSettings.MAX_CONNECTIONS;
import static dev.rollscope.model.topology.DatabaseSettings.POOL_SIZE;
import static dev.rollscope.model.topology.RolloutSettings.MAX_SURGE;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.topology.Hop;
import java.math.RoundingMode;
import java.util.List;

/**
 * Every pod running at once holds its own database pool (domain.md §16, derived: "pool sizes ×
 * replicas during a surge must fit the DB's connection limit"). During a rolling update Kubernetes
 * runs up to replicas + maxSurge pods (rounded up, §6), and terminating pods keep their pools
 * until they exit, so that is the least the database must grant; a blue/green switch runs both
 * sides, 2 × replicas. A pod that finds the database full waits up to HikariCP's connectionTimeout
 * (30 s, §16) and then fails its requests. A warning: the simulation has no database hop.
 */
final class PoolChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            if (!h.settings().has(MAX_CONNECTIONS) || h.get(MAX_CONNECTIONS) == 0) {
                continue;
            }
            int pods = peakPods(ctx, h);
            long needed = (long) pods * h.get(POOL_SIZE);
            int limit = h.get(MAX_CONNECTIONS);
            if (needed > limit) {
                out.add(new FindingBuilder(Severity.WARNING, "database-connections", h).setting(h, POOL_SIZE)
                        .setting(h, MAX_CONNECTIONS).fix(h, POOL_SIZE, Math.max(1, limit / pods))
                        .args(pods, h.get(POOL_SIZE), String.valueOf(needed), limit).build());
            }
        }
    }

    private static int peakPods(CheckContext ctx, Hop h) {
        for (Disruption d : ctx.scenario.disruptions()) {
            if (d instanceof BlueGreen bg && bg.hop().equals(h.id())) {
                return 2 * h.replicas();
            }
        }
        return h.replicas() + h.get(MAX_SURGE).resolve(h.replicas(), RoundingMode.UP);
    }
}
