package dev.rollscope.lab.run;

import dev.rollscope.lab.balancer.Balancer;
import dev.rollscope.lab.proc.NginxProcess;
import dev.rollscope.lab.proc.Ports;
import java.util.function.Consumer;

/**
 * A GCP load balancer or a Kubernetes Service in front of a hop: the lab's balancer, and for an
 * external ALB an nginx in front of it for the L7 part (502s, GET retries).
 */
final class BalancedFront implements Front {

    private final Balancer balancer;
    private final NginxProcess proxy;

    BalancedFront(Balancer balancer, NginxProcess proxy) {
        this.balancer = balancer;
        this.proxy = proxy;
    }

    @Override
    public String address() {
        return Ports.address(proxy != null ? proxy.port() : balancer.port());
    }

    @Override
    public void route(LabInstance x) {
        balancer.route(x.id(), x.port());
    }

    @Override
    public void unroute(String instanceId) {
        balancer.unroute(instanceId);
    }

    @Override
    public void endDrain(String instanceId) {
        balancer.endDrain(instanceId);
    }

    @Override
    public void log(Consumer<String> sink) {
        balancer.log(sink);
    }

    @Override
    public void close() {
        balancer.close();
        if (proxy != null) {
            proxy.kill();
        }
    }
}
