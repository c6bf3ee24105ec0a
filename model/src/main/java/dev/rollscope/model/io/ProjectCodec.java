package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Bandwidth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top level of a file: {@code schemaVersion}, the topology's name, description, client,
 * network and hops, the scenarios, and the canvas layout, in that order.
 */
final class ProjectCodec {

    static final int SCHEMA_VERSION = 1;

    private ProjectCodec() {
    }

    static Project decode(Fields f) {
        Value version = f.value("schemaVersion");
        if (version.integer() != SCHEMA_VERSION) {
            throw new FieldError(version.path(), Refusal.of("file.schemaVersion", version.integer(), SCHEMA_VERSION));
        }
        String name = f.value("name").text();
        String description = f.optional("description").map(Value::text).orElse("");
        ClientProfile client = f.optional("client").map(v -> decodeClient(v.fields())).orElse(ClientProfile.DEFAULT);
        Network network = f.optional("network").map(v -> decodeNetwork(v.fields())).orElse(Network.DEFAULT);
        Names hopIds = new Names("hopId");
        List<Hop> hops = f.value("hops").elements().stream().map(v -> HopCodec.decode(v.fields(), hopIds)).toList();
        Layout layout = f.optional("layout").map(v -> decodeLayout(v.fields(), hopIds)).orElse(Layout.EMPTY);
        Topology topology = f.build(() -> new Topology(name, description, client, network, hops, layout));
        List<Scenario> scenarios = f.optional("scenarios")
                .map(v -> decodeScenarios(v.elements(), topology, hopIds)).orElse(List.of());
        f.finish();
        return f.build(() -> new Project(topology, scenarios));
    }

    private static List<Scenario> decodeScenarios(List<Value> values, Topology topology, Names hopIds) {
        Names names = new Names("scenario");
        return values.stream().map(v -> ScenarioCodec.decode(v.fields(), names, topology, hopIds)).toList();
    }

    private static ClientProfile decodeClient(Fields f) {
        Bandwidth upload = f.value("upload").parse(Bandwidth::parse);
        Bandwidth download = f.value("download").parse(Bandwidth::parse);
        f.finish();
        return new ClientProfile(upload, download);
    }

    private static Network decodeNetwork(Fields f) {
        Bandwidth internal = f.value("internalBandwidth").parse(Bandwidth::parse);
        f.finish();
        return new Network(internal);
    }

    private static Layout decodeLayout(Fields f, Names hopIds) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : f.entries()) {
            hopIds.existing(e.getKey(), e.getValue().path(), true);
            Fields xy = e.getValue().fields();
            double x = xy.value("x").number();
            double y = xy.value("y").number();
            xy.finish();
            positions.put(e.getKey(), xy.build(() -> new Position(x, y)));
        }
        return new Layout(positions);
    }

    static ObjectNode encode(Project project) {
        Topology t = project.topology();
        ObjectNode n = Json.object();
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("name", t.name());
        if (!t.description().isEmpty()) {
            n.put("description", t.description());
        }
        ObjectNode client = n.putObject("client");
        client.put("upload", t.client().upload().toString());
        client.put("download", t.client().download().toString());
        n.putObject("network").put("internalBandwidth", t.network().internalBandwidth().toString());
        ArrayNode hops = n.putArray("hops");
        t.hops().forEach(h -> hops.add(HopCodec.encode(h)));
        if (!project.scenarios().isEmpty()) {
            ArrayNode scenarios = n.putArray("scenarios");
            project.scenarios().forEach(s -> scenarios.add(ScenarioCodec.encode(s)));
        }
        ObjectNode layout = Json.object();
        for (Hop h : t.hops()) {
            t.layout().of(h.id()).ifPresent(p -> {
                ObjectNode xy = layout.putObject(h.id());
                xy.set("x", Json.number(p.x()));
                xy.set("y", Json.number(p.y()));
            });
        }
        if (!layout.isEmpty()) {
            n.set("layout", layout);
        }
        return n;
    }
}
