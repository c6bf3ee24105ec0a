package dev.rollscope.lab.run;

import dev.rollscope.lab.balancer.Gate;
import dev.rollscope.lab.proc.LabException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Kong's balancer over pod targets (domain.md §5): every Kong instance lists one {@link Gate} per
 * pod the rollout will ever have, from its start, and the gates open and close as Kong's view of
 * the targets changes (the ingress controller's sync) and as the pods' processes stop listening.
 * Kong's nginx is never reloaded, so a retry of a request in flight meets the current targets, as
 * Kong's balancer re-run on every try does; a pod that stops listening refuses for real.
 */
final class KongTargets implements Front {

    private final Map<String, Gate> gates = new LinkedHashMap<>();

    /** @param podIds every instance of the hop behind Kong in the engine's plan, in plan order */
    KongTargets(List<String> podIds) {
        podIds.forEach(id -> gates.put(id, new Gate(id)));
    }

    @Override
    public String address() {
        return null;
    }

    /** The gates' addresses, one per planned pod, for Kong's upstream block. */
    List<String> addresses() {
        return gates.values().stream().map(Gate::address).collect(Collectors.toList());
    }

    @Override
    public void route(LabInstance x) {
        gate(x.id()).open(x.port(), x::listening);
    }

    @Override
    public void unroute(String instanceId) {
        gate(instanceId).shut();
    }

    @Override
    public void endDrain(String instanceId) {
        unroute(instanceId);
    }

    @Override
    public void log(Consumer<String> sink) {
        gates.values().forEach(g -> g.log(sink));
    }

    private Gate gate(String id) {
        Gate g = gates.get(id);
        if (g == null) {
            throw new LabException("Kong has no target " + id + " in the plan; it lists " + gates.keySet());
        }
        return g;
    }

    @Override
    public void close() {
        gates.values().forEach(Gate::close);
    }
}
