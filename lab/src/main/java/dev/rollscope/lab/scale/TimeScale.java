package dev.rollscope.lab.scale;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one transform that makes a scenario run in seconds: every duration and every size of a
 * topology and a scenario is divided by {@code factor} (rounded to the nearest millisecond or
 * byte), every bandwidth is kept, so every transfer time is divided by the factor too. A traffic
 * rate is multiplied by it, so the same number of requests arrives. The lab plays, and the engine
 * simulates, the same scaled input.
 *
 * <p>A setting whose scaled value falls below its own minimum (a GCP health-check interval of
 * 5 s divided by 10 is under the API's 1 s) is raised to the smallest admitted value of 1 ms or
 * 1 s, and listed in {@link Scaled#clamped()}.
 */
public record TimeScale(int factor) {

    public TimeScale {
        if (factor < 1 || factor > 1000) {
            throw new IllegalArgumentException("time scale factor must be 1 to 1000, not " + factor);
        }
    }

    /** A scaled topology and scenario, with the settings that had to be raised to their minimum. */
    public record Scaled(Topology topology, Scenario scenario, List<String> clamped) {
        public Scaled {
            clamped = List.copyOf(clamped);
        }
    }

    public Scaled apply(Topology topology, Scenario scenario) {
        List<String> clamped = new ArrayList<>();
        List<Hop> hops = new ArrayList<>();
        for (Hop h : topology.hops()) {
            hops.add(scaleHop(h, clamped));
        }
        return new Scaled(topology.withHops(hops), scaleScenario(scenario, clamped), clamped);
    }

    public TimeSpan time(TimeSpan t) {
        return t.isNone() ? t : TimeSpan.ofMillis(Math.round(t.millis() / (double) factor));
    }

    public ByteSize size(ByteSize s) {
        return ByteSize.ofBytes(Math.round(s.bytes() / (double) factor));
    }

    private Hop scaleHop(Hop h, List<String> clamped) {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Map.Entry<Setting<?>, Object> e : h.settings().asMap().entrySet()) {
            Object v = e.getValue();
            Object scaled = v;
            if (v instanceof TimeSpan) {
                scaled = admitted(e.getKey(), time((TimeSpan) v), (TimeSpan) v, h.id(), clamped);
            } else if (v instanceof ByteSize) {
                scaled = size((ByteSize) v);
            }
            values.put(e.getKey(), scaled);
        }
        return new Hop(h.id(), h.name(), h.kind(), h.platform(), h.front(), h.replicas(), new HopSettings(values));
    }

    /** The scaled value if the setting admits it, else the smallest of 1 ms, 1 s, the original that it does. */
    private static TimeSpan admitted(Setting<?> s, TimeSpan scaled, TimeSpan original, String hop, List<String> clamped) {
        for (TimeSpan candidate : List.of(scaled, TimeSpan.ofMillis(1), TimeSpan.ofSeconds(1), original)) {
            if (candidate.compareTo(scaled) >= 0 && admits(s, candidate)) {
                if (!candidate.equals(scaled)) {
                    clamped.add(hop + "." + s.id() + " = " + candidate + " (scaled " + scaled + ")");
                }
                return candidate;
            }
        }
        return original;
    }

    private static boolean admits(Setting<?> s, TimeSpan value) {
        try {
            s.check(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Scenario scaleScenario(Scenario s, List<String> clamped) {
        List<Disruption> disruptions = new ArrayList<>();
        for (Disruption d : s.disruptions()) {
            disruptions.add(scaleDisruption(d));
        }
        List<RequestSpec> requests = new ArrayList<>();
        for (RequestSpec r : s.requests()) {
            requests.add(new RequestSpec(r.id(), r.method(), size(r.body()), size(r.response()), r.upload(),
                    r.download(), time(r.start()), r.processing() == null ? null : time(r.processing()),
                    r.idempotent(), scaleClient(r.client())).withResumable(scaleResumable(r, clamped))
                    .withTransaction(r.transaction() == null ? null
                            : new Transaction(time(r.transaction().from()), time(r.transaction().length()))));
        }
        return new Scenario(s.name(), s.description(), disruptions, requests, scaleTraffic(s.traffic()), s.seed());
    }

    /** A client's header time, pauses and stop, each time and size divided like the rest (domain.md §15). */
    private ClientBehaviour scaleClient(ClientBehaviour c) {
        return new ClientBehaviour(time(c.headerTime()), scalePause(c.uploadPause()), scalePause(c.downloadPause()),
                c.stopsReadingAt() == null ? null : size(c.stopsReadingAt())).withId(c.id());
    }

    /**
     * A resumable upload (domain.md §13) with its chunk, retry delays and retry deadline divided, each
     * given explicitly, so a protocol's default is scaled too (tus-js-client's Infinity chunk stays
     * one chunk). A GCS chunk stays a multiple of 256 KiB (at least one), which is listed; the GCS
     * backoff (100 ms doubling to 30 s) is the engine's constant and is not divided.
     */
    private ResumableUpload scaleResumable(RequestSpec r, List<String> clamped) {
        ResumableUpload u = r.resumable();
        if (u == null) {
            return null;
        }
        return switch (u.protocol()) {
            case TUS -> new ResumableUpload(u.protocol(), u.chunkSize() == null ? null : size(u.chunkSize()),
                    u.delays().stream().map(this::time).toList(), null, u.store());
            case GCS -> {
                long unit = ResumableUpload.GCS_CHUNK_UNIT;
                long chunk = Math.max(1, Math.round(u.chunkBytes() / (double) factor / unit)) * unit;
                if (chunk != size(ByteSize.ofBytes(u.chunkBytes())).bytes()) {
                    clamped.add(r.id() + ".resumable.chunkSize = " + chunk + " B (scaled "
                            + size(ByteSize.ofBytes(u.chunkBytes())).bytes() + " B; GCS chunks are 256 KiB multiples)");
                }
                clamped.add(r.id() + ": GCS backoff 100 ms × 2^n (at most 30 s) not scaled");
                yield new ResumableUpload(u.protocol(), ByteSize.ofBytes(chunk), null, time(u.deadline()), u.store());
            }
        };
    }

    private ClientBehaviour.Pause scalePause(ClientBehaviour.Pause p) {
        return p == null ? null
                : new ClientBehaviour.Pause(size(p.at()), TimeSpan.ofMillis(Math.max(1, time(p.length()).millis())));
    }

    /** A disruption at its scaled time; the lab drives rollouts, node upgrades and crashes, and refuses the rest. */
    private Disruption scaleDisruption(Disruption d) {
        return switch (d.kind()) {
            case ROLLOUT -> new RollOut(((RollOut) d).hop(), time(d.at()));
            case NODE_UPGRADE -> new NodeUpgrade(d.hops(), time(d.at()), ((NodeUpgrade) d).nodes());
            case CRASH -> new Crash(((Crash) d).hop(), ((Crash) d).instance(), time(d.at()));
            case SELECTOR_SWITCH, URL_MAP_SWITCH, KONG_WEIGHTS, MIG_CANARY -> throw new IllegalArgumentException(
                    "the lab does not drive a " + d.kind() + " disruption (blue/green and canary are simulated only)");
        };
    }

    private TrafficMix scaleTraffic(TrafficMix t) {
        if (t == null) {
            return null;
        }
        List<MixEntry> entries = new ArrayList<>();
        for (MixEntry m : t.entries()) {
            entries.add(new MixEntry(m.name(), m.method(), size(m.body()), size(m.response()),
                    m.processing() == null ? null : time(m.processing()), m.weight(), m.upload(), m.download(),
                    scaleClient(m.client())));
        }
        return new TrafficMix(Math.min(TrafficMix.MAX_RATE, t.ratePerSecond() * factor), time(t.from()),
                time(t.until()), entries);
    }
}
