package dev.rollscope.lab.run;

import dev.rollscope.lab.app.AppServer;
import dev.rollscope.lab.app.UploadStore;
import dev.rollscope.lab.balancer.Balancer;
import dev.rollscope.lab.nginx.FrontProxyConfig;
import dev.rollscope.lab.nginx.HttpHopConfig;
import dev.rollscope.lab.nginx.StreamHopConfig;
import dev.rollscope.lab.nginx.Upstream;
import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.proc.NginxProcess;
import dev.rollscope.lab.proc.Ports;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A topology materialised on 127.0.0.1: one front per hop and the hop's running instances, each
 * nginx under its own prefix in the work directory. Instances are launched by id as the rollout
 * asks; closing the chain ends every process and socket it made.
 */
final class LabChain implements AutoCloseable {

    private final Topology topology;
    private final Path workDir;
    private final List<Front> fronts = new ArrayList<>();
    private final Map<String, LabInstance> instances = new ConcurrentHashMap<>();
    /** The application's uploads kept in shared storage: every instance of the hop reaches them (domain.md §13). */
    private final UploadStore sharedUploads = new UploadStore();

    private LabChain(Topology topology, Path workDir) {
        this.topology = topology;
        this.workDir = workDir;
    }

    /**
     * Creates every hop's front, from the last hop to the first; no instance runs yet.
     *
     * @param planned the ids of every instance each hop will have (by hop index), as the engine's
     *                plan says: Kong lists its targets from its start
     */
    static LabChain materialise(Topology topology, Path workDir, Map<Integer, List<String>> planned) {
        LabChain c = new LabChain(topology, workDir);
        try {
            List<Hop> hops = topology.hops();
            for (int h = hops.size() - 1; h >= 0; h--) {
                c.fronts.add(0, c.makeFront(hops.get(h), planned.getOrDefault(h, List.of())));
            }
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private Front makeFront(Hop hop, List<String> instances) {
        return switch (hop.front()) {
            case KONG_UPSTREAM -> new KongTargets(instances);
            case GCP_EXTERNAL_ALB -> {
                Balancer b = new Balancer(hop.id(), Balancer.DrainEnd.CUT, hop.get(FrontSettings.BACKEND_TIMEOUT).millis());
                int port = Ports.free();
                Path prefix = workDir.resolve(hop.id() + "-front");
                NginxProcess p = NginxProcess.start(hop.id() + "/front", prefix,
                        FrontProxyConfig.render(hop, port, Ports.address(b.port()), prefix), port);
                yield new BalancedFront(b, p);
            }
            case GCP_INTERNAL_TCP_LB -> new BalancedFront(new Balancer(hop.id(), Balancer.DrainEnd.DROP, 0), null);
            case K8S_SERVICE -> new BalancedFront(new Balancer(hop.id(), Balancer.DrainEnd.CUT, 0), null);
        };
    }

    Front front(int hop) {
        return fronts.get(hop);
    }

    /** The port the client connects to: the first hop's front. */
    int entryPort() {
        String a = fronts.get(0).address();
        return Integer.parseInt(a.substring(a.lastIndexOf(':') + 1));
    }

    LabInstance instance(String id) {
        return instances.get(id);
    }

    /** Starts an instance of hop {@code h}; returns once it accepts connections. */
    LabInstance launch(int h, String id) {
        Hop hop = topology.hops().get(h);
        LabInstance x = switch (hop.kind()) {
            case APP_RUNTIME -> new AppInstance(new AppServer(id, hop.get(ProxySettings.KEEPALIVE_TIMEOUT).millis(),
                    sharedUploads), hop.get(LifecycleSettings.ON_STOP_SIGNAL) == StopBehaviour.GRACEFUL);
            case NGINX_L7, KONG -> launchHttp(h, hop, id);
            case NGINX_L4 -> {
                int port = Ports.free();
                Path prefix = workDir.resolve(id);
                String conf = StreamHopConfig.render(hop, port, fronts.get(h + 1).address(), prefix);
                yield new NginxInstance(id, NginxProcess.start(id, prefix, conf, port));
            }
            case GENERIC_L7, GENERIC_L4 -> throw new LabException("hop " + hop.id() + " is a " + hop.kind()
                    + ": the lab runs only nginx (L7, L4), Kong as nginx, and the application");
        };
        instances.put(id, x);
        return x;
    }

    private LabInstance launchHttp(int h, Hop hop, String id) {
        int port = Ports.free();
        Path prefix = workDir.resolve(id);
        Front next = fronts.get(h + 1);
        Hop behind = h + 1 < topology.hops().size() ? topology.hops().get(h + 1) : null;
        String conf = HttpHopConfig.render(hop, id, port, upstream(hop, next, behind), prefix);
        return new NginxInstance(id, NginxProcess.start(id, prefix, conf, port));
    }

    /**
     * A Kong hop tries retries + 1 times over its targets' gates; nginx tries its (one) server as
     * proxy_next_upstream_tries says. A closed gate costs nginx a try (refused at once) that Kong,
     * which picks only listed targets, would not spend; nginx's round robin over the repeated list
     * reaches every gate within as many tries as there are gates, so that is harmless while the
     * tries are at least the gates, and refused otherwise. When the hop behind Kong hashes clients
     * (front.hashOn, domain.md §12), nginx's consistent hash plays Kong's: each gate listed once (a
     * copy would be a second ring point of the same pod), hashing the client's X-Client header or
     * its address; a closed gate refuses and nginx moves on along the ring.
     */
    private static Upstream upstream(Hop hop, Front next, Hop behind) {
        if (hop.kind() == HopKind.KONG) {
            int tries = hop.get(ProxySettings.RETRIES) + 1;
            List<String> targets = next instanceof KongTargets ? ((KongTargets) next).addresses() : List.of(next.address());
            if (tries < targets.size()) {
                throw new LabException("Kong hop " + hop.id() + " has " + tries + " tries for " + targets.size()
                        + " planned targets: nginx could spend them all on closed gates, which Kong never picks;"
                        + " the lab needs retries ≥ " + (targets.size() - 1));
            }
            String hash = hashKey(behind);
            return hash == null ? new Upstream(targets, tries, tries) : new Upstream(targets, 1, tries, hash);
        }
        return Upstream.single(next.address(), hop.get(ProxySettings.NEXT_UPSTREAM_TRIES));
    }

    /** nginx's hash key for the hop behind Kong's front.hashOn, or null for round robin. */
    private static String hashKey(Hop behind) {
        if (behind == null || !behind.settings().has(FrontSettings.HASH_ON)) {
            return null;
        }
        return switch (behind.get(FrontSettings.HASH_ON).key()) {
            case NONE -> null;
            case ADDRESS -> "$remote_addr";
            case CLIENT -> "$http_x_client";
        };
    }

    /** Every front tells the journal what it does to callers. */
    void log(Consumer<String> sink) {
        fronts.forEach(f -> f.log(sink));
    }

    /** The nginx prefixes of every instance and front, for the evidence in a report. */
    Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        instances.values().forEach(LabInstance::close);
        fronts.forEach(Front::close);
    }
}
