package dev.rollscope.lab.run;

import dev.rollscope.lab.proc.Ports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kong's balancer over pod targets (domain.md §5): the Kong instances list the routable targets'
 * own addresses, so a stopped pod refuses their connections for real. A change of targets (the
 * ingress controller's sync) re-renders every Kong instance's configuration and reloads it: the
 * lab's stand-in for Kong's dynamic balancer update.
 */
final class KongTargets implements Front {

    private final Map<String, String> targets = new LinkedHashMap<>();
    private final List<NginxInstance> kongs = new ArrayList<>();

    @Override
    public String address() {
        return null;
    }

    synchronized List<String> addresses() {
        return List.copyOf(targets.values());
    }

    synchronized void attach(NginxInstance kong) {
        kongs.add(kong);
    }

    @Override
    public void route(LabInstance x) {
        synchronized (this) {
            targets.put(x.id(), Ports.address(x.port()));
        }
        reloadAll();
    }

    @Override
    public void unroute(String instanceId) {
        synchronized (this) {
            targets.remove(instanceId);
        }
        reloadAll();
    }

    @Override
    public void endDrain(String instanceId) {
        unroute(instanceId);
    }

    private void reloadAll() {
        List<NginxInstance> copy;
        synchronized (this) {
            copy = List.copyOf(kongs);
        }
        copy.forEach(NginxInstance::reload);
    }

    @Override
    public void close() {
        // the Kong instances are closed with their hop
    }
}
