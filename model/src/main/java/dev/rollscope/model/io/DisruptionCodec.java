package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A disruption in a file: an object whose {@code type} is {@code rollout}, {@code nodeUpgrade},
 * {@code crash}, {@code selectorSwitch}, {@code urlMapSwitch}, {@code kongTargetWeights} or
 * {@code migCanary}. The hops it names must exist in the file's topology.
 */
final class DisruptionCodec {

    private DisruptionCodec() {
    }

    /** The {@code type} a file gives a disruption of this kind. */
    private static String typeName(Disruption.Kind kind) {
        return switch (kind) {
            case ROLLOUT -> "rollout";
            case NODE_UPGRADE -> "nodeUpgrade";
            case CRASH -> "crash";
            case SELECTOR_SWITCH -> "selectorSwitch";
            case URL_MAP_SWITCH -> "urlMapSwitch";
            case KONG_WEIGHTS -> "kongTargetWeights";
            case MIG_CANARY -> "migCanary";
        };
    }

    /** The kind a file's {@code type} names; refused, with every type listed, when it names none. */
    private static Disruption.Kind kindNamed(Value type) {
        List<String> names = new ArrayList<>();
        for (Disruption.Kind k : Disruption.Kind.values()) {
            if (typeName(k).equals(type.text())) {
                return k;
            }
            names.add(typeName(k));
        }
        throw new FieldError(type.path(), Refusal.of("file.unknownDisruption", Excerpt.quote(type.text()),
                String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1)));
    }

    static Disruption decode(Fields f, String scenario, Topology topology, Names hopIds) {
        Value type = f.value("type");
        Disruption d = switch (kindNamed(type)) {
            case ROLLOUT -> rollOut(f, hopIds);
            case NODE_UPGRADE -> nodeUpgrade(f, hopIds);
            case CRASH -> crash(f, hopIds);
            case SELECTOR_SWITCH -> blueGreen(f, hopIds, BlueGreen.Method.SELECTOR);
            case URL_MAP_SWITCH -> blueGreen(f, hopIds, BlueGreen.Method.URL_MAP);
            case KONG_WEIGHTS -> blueGreen(f, hopIds, BlueGreen.Method.KONG_WEIGHTS);
            case MIG_CANARY -> canary(f, hopIds);
        };
        f.finish();
        return f.build(() -> {
            Project.checkDisruption(topology, scenario, d);
            return d;
        });
    }

    private static RollOut rollOut(Fields f, Names hopIds) {
        String hop = hopIds.existing(f.value("hop"));
        TimeSpan at = at(f);
        return f.build(() -> new RollOut(hop, at));
    }

    private static NodeUpgrade nodeUpgrade(Fields f, Names hopIds) {
        List<String> hops = f.value("hops").elements().stream().map(hopIds::existing).toList();
        TimeSpan at = at(f);
        int nodes = f.value("nodes").integer();
        return f.build(() -> new NodeUpgrade(hops, at, nodes));
    }

    private static Crash crash(Fields f, Names hopIds) {
        String hop = hopIds.existing(f.value("hop"));
        int instance = f.value("instance").integer();
        TimeSpan at = at(f);
        return f.build(() -> new Crash(hop, instance, at));
    }

    private static BlueGreen blueGreen(Fields f, Names hopIds, BlueGreen.Method method) {
        String hop = hopIds.existing(f.value("hop"));
        TimeSpan at = at(f);
        BlueGreen.Weights weights = method == BlueGreen.Method.URL_MAP
                ? f.optional("weights").map(v -> weights(v.fields())).orElse(BlueGreen.Weights.ALL_TO_GREEN)
                : BlueGreen.Weights.ALL_TO_GREEN;
        return f.build(() -> new BlueGreen(method, hop, at, weights));
    }

    /** A urlMapSwitch's {@code weights}: {@code {"blue": 90, "green": 10}} (domain.md §14). */
    private static BlueGreen.Weights weights(Fields f) {
        int blue = f.value("blue").integer();
        int green = f.value("green").integer();
        f.finish();
        return f.build(() -> new BlueGreen.Weights(blue, green));
    }

    private static MigCanary canary(Fields f, Names hopIds) {
        String hop = hopIds.existing(f.value("hop"));
        TimeSpan at = at(f);
        int size = f.value("size").integer();
        return f.build(() -> new MigCanary(hop, at, size));
    }

    private static TimeSpan at(Fields f) {
        return f.value("at").parse(t -> Moments.parse(t, Moments.DISRUPTION_AT));
    }

    /** Keys in the order {@code type}, {@code hop(s)}, {@code instance}, {@code at}, {@code nodes}, {@code size}, {@code weights}. */
    static ObjectNode encode(Disruption d) {
        ObjectNode n = Json.object().put("type", typeName(d.kind()));
        return switch (d.kind()) {
            case ROLLOUT -> n.put("hop", ((RollOut) d).hop()).put("at", d.at().toString());
            case NODE_UPGRADE -> {
                ArrayNode hops = n.putArray("hops");
                d.hops().forEach(hops::add);
                yield n.put("at", d.at().toString()).put("nodes", ((NodeUpgrade) d).nodes());
            }
            case CRASH -> n.put("hop", ((Crash) d).hop())
                    .put("instance", ((Crash) d).instance()).put("at", d.at().toString());
            case SELECTOR_SWITCH, URL_MAP_SWITCH, KONG_WEIGHTS -> blueGreen(n, (BlueGreen) d);
            case MIG_CANARY -> n.put("hop", ((MigCanary) d).hop())
                    .put("at", d.at().toString()).put("size", ((MigCanary) d).size());
        };
    }

    private static ObjectNode blueGreen(ObjectNode n, BlueGreen d) {
        n.put("hop", d.hop()).put("at", d.at().toString());
        BlueGreen.Weights w = d.weights();
        if (!w.equals(BlueGreen.Weights.ALL_TO_GREEN)) {
            ObjectNode weights = n.putObject("weights");
            weights.put("blue", w.blue());
            weights.put("green", w.green());
        }
        return n;
    }
}
