package dev.rollscope.model.export.report;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests a report sweeps. A scenario of at most {@link #EACH_UP_TO} requests is swept request
 * by request, each in the scenario as it is. A bigger one is swept by kind: requests alike in all but
 * their id and start time (method, body and response size, bandwidths, processing, idempotency) are
 * one kind, the first request of each kind (at most {@link #EACH_UP_TO} kinds) stands for its kind,
 * and each simulation of the sweep holds those representatives only, not the whole scenario.
 *
 * @param probes   the requests to sweep
 * @param scenario the scenario to sweep them in
 * @param counts   per probe, how many of the scenario's requests it stands for
 * @param kinds    how many kinds the scenario's requests fall into
 */
record RequestKinds(List<RequestSpec> probes, Scenario scenario, Map<String, Integer> counts, int kinds) {

    static final int EACH_UP_TO = 5;

    private record Kind(String method, Object body, Object response, Object upload, Object download,
                        Object processing, Boolean idempotent) {

        static Kind of(RequestSpec q) {
            return new Kind(q.method(), q.body(), q.response(), q.upload(), q.download(), q.processing(),
                    q.idempotent());
        }
    }

    static RequestKinds of(Scenario s) {
        List<RequestSpec> all = s.requests();
        Map<Kind, List<RequestSpec>> byKind = new LinkedHashMap<>();
        all.forEach(q -> byKind.computeIfAbsent(Kind.of(q), k -> new ArrayList<>()).add(q));
        if (all.size() <= EACH_UP_TO) {
            Map<String, Integer> ones = new LinkedHashMap<>();
            all.forEach(q -> ones.put(q.id(), 1));
            return new RequestKinds(all, s, ones, byKind.size());
        }
        List<RequestSpec> probes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<RequestSpec> kind : byKind.values()) {
            if (probes.size() == EACH_UP_TO) {
                break;
            }
            probes.add(kind.get(0));
            counts.put(kind.get(0).id(), kind.size());
        }
        return new RequestKinds(probes, s.withRequests(probes), counts, byKind.size());
    }

    /** True when the probes stand for more requests than themselves. */
    boolean summarised() {
        return scenario.requests().size() < counts.values().stream().mapToInt(Integer::intValue).sum()
                || kinds > probes.size();
    }
}
