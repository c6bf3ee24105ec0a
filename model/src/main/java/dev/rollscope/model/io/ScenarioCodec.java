package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.function.Function;

/** A scenario in a file; an empty description, disruption list or request list, and the default horizon, are left out. */
final class ScenarioCodec {

    private ScenarioCodec() {
    }

    static Scenario decode(Fields f, Names scenarioNames, Topology topology, Names hopIds) {
        String name = scenarioNames.claim(f.value("name"));
        String description = f.optional("description").map(Value::text).orElse("");
        long seed = f.value("seed").longInteger();
        List<Disruption> disruptions = list(f, "disruptions",
                v -> DisruptionCodec.decode(v.fields(), name, topology, hopIds));
        Names requestIds = new Names("requestId");
        List<RequestSpec> requests = list(f, "requests", v -> RequestCodec.decodeRequest(v.fields(), requestIds));
        TrafficMix traffic = f.optional("traffic").map(v -> RequestCodec.decodeTraffic(v.fields())).orElse(null);
        TimeSpan horizon = f.optional("horizon").map(v -> v.parse(TimeSpan::parse)).orElse(Scenario.DEFAULT_HORIZON);
        f.finish();
        return f.build(() -> new Scenario(name, description, disruptions, requests, traffic, seed, horizon));
    }

    private static <T> List<T> list(Fields f, String key, Function<Value, T> decode) {
        return f.optional(key).map(v -> v.elements().stream().map(decode).toList()).orElse(List.of());
    }

    static ObjectNode encode(Scenario s) {
        ObjectNode n = Json.object();
        n.put("name", s.name());
        if (!s.description().isEmpty()) {
            n.put("description", s.description());
        }
        n.put("seed", s.seed());
        if (!s.disruptions().isEmpty()) {
            ArrayNode disruptions = n.putArray("disruptions");
            s.disruptions().forEach(d -> disruptions.add(DisruptionCodec.encode(d)));
        }
        if (!s.requests().isEmpty()) {
            ArrayNode requests = n.putArray("requests");
            s.requests().forEach(r -> requests.add(RequestCodec.encodeRequest(r)));
        }
        if (s.traffic() != null) {
            n.set("traffic", RequestCodec.encodeTraffic(s.traffic()));
        }
        if (!s.horizon().equals(Scenario.DEFAULT_HORIZON)) {
            n.put("horizon", s.horizon().toString());
        }
        return n;
    }
}
