package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * Small topologies and scenarios for engine tests. Client 10 Mbit/s up, 50 Mbit/s down; internal
 * network 1 Gbit/s (so 50 MB takes 40 000 ms from the client and 400 ms inside).
 */
final class Fixtures {

    private Fixtures() {
    }

    static Hop nginx(String id, int replicas) {
        return Hop.of(id, id + " nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, replicas);
    }

    static Hop runtime(String id, FrontKind front, int replicas) {
        return Hop.of(id, id + " app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, front, replicas);
    }

    static Hop kong(String id, FrontKind front, int replicas) {
        return Hop.of(id, id + " Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, front, replicas);
    }

    /** maxSurge 1, maxUnavailable 0: one new instance, ready, before an old one leaves. */
    static Hop oneByOne(Hop h) {
        return h.with(RolloutSettings.MAX_SURGE, Scale.count(1))
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0));
    }

    static Topology chain(Hop... hops) {
        return new Topology("test", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(hops), Layout.EMPTY);
    }

    static Scenario scenario(List<Disruption> disruptions, RequestSpec... requests) {
        return new Scenario("test", "", disruptions, List.of(requests), null, 1);
    }

    static RollOut roll(String hop, long atMillis) {
        return new RollOut(hop, TimeSpan.ofMillis(atMillis));
    }

    static Crash crash(String hop, int instance, long atMillis) {
        return new Crash(hop, instance, TimeSpan.ofMillis(atMillis));
    }

    static RequestSpec get(String id, long startMillis, long processingMillis) {
        return new RequestSpec(id, "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null,
                TimeSpan.ofMillis(startMillis), TimeSpan.ofMillis(processingMillis), null);
    }

    static RequestSpec post(String id, long bodyBytes, long startMillis, long processingMillis) {
        return new RequestSpec(id, "POST", ByteSize.ofBytes(bodyBytes), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofMillis(startMillis), TimeSpan.ofMillis(processingMillis), null);
    }

    /**
     * A client for property tests: 0 none, 1 an upload pause at half the body (none without a
     * body), 2 a download pause at half the response, 3 stops reading at half the response,
     * 4 a header that takes the pause's time.
     */
    static ClientBehaviour client(int kind, long body, long response, long pauseMillis) {
        TimeSpan pause = TimeSpan.ofMillis(Math.max(1, pauseMillis));
        return switch (kind) {
            case 1 -> body == 0 ? ClientBehaviour.NONE : new ClientBehaviour(TimeSpan.ZERO,
                    new ClientBehaviour.Pause(ByteSize.ofBytes(body / 2), pause), null, null);
            case 2 -> new ClientBehaviour(TimeSpan.ZERO, null,
                    new ClientBehaviour.Pause(ByteSize.ofBytes(response / 2), pause), null);
            case 3 -> new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(response / 2));
            case 4 -> new ClientBehaviour(pause, null, null, null);
            default -> ClientBehaviour.NONE;
        };
    }

    static Outcome only(Topology t, Scenario s) {
        SimulationResult r = Simulator.run(t, s);
        return r.outcomes().get(0);
    }

    /** The topology with every fix of the failure applied. */
    static Topology applyFixes(Topology t, Failure f) {
        Topology out = t;
        for (SettingChange c : f.fixes()) {
            int i = out.indexOf(c.hop());
            Hop h = out.hops().get(i);
            out = out.withHop(i, withParsed(h, c.setting(), c.value()));
        }
        return out;
    }

    private static <T> Hop withParsed(Hop h, String settingId, String value) {
        @SuppressWarnings("unchecked")
        Setting<T> s = (Setting<T>)
                SettingCatalog.byId(settingId).orElseThrow();
        return h.with(s, s.parse(value));
    }
}
