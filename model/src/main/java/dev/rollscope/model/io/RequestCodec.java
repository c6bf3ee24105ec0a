package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.function.Function;

/** A scenario's requests and its traffic mix in a file. Optional fields are left out when unset. */
final class RequestCodec {

    private RequestCodec() {
    }

    static RequestSpec decodeRequest(Fields f, Names ids) {
        String id = ids.claim(f.value("id"));
        String method = f.value("method").text();
        TimeSpan start = f.value("start").parse(t -> Moments.parse(t, "a request's start"));
        ByteSize body = f.value("body").parse(ByteSize::parse);
        ByteSize response = f.value("response").parse(ByteSize::parse);
        Bandwidth upload = optional(f, "upload", Bandwidth::parse);
        Bandwidth download = optional(f, "download", Bandwidth::parse);
        TimeSpan processing = optional(f, "processing", RequestCodec::processing);
        Boolean idempotent = f.optional("idempotent").map(Value::bool).orElse(null);
        f.finish();
        return f.build(() -> new RequestSpec(id, method, body, response, upload, download, start, processing,
                idempotent));
    }

    static TrafficMix decodeTraffic(Fields f) {
        double rate = f.value("ratePerSecond").number();
        TimeSpan from = f.value("from").parse(t -> Moments.parse(t, "traffic's from"));
        TimeSpan until = f.value("until").parse(t -> Moments.parse(t, "traffic's until"));
        Names names = new Names("mix entry");
        List<MixEntry> entries = f.value("entries").elements().stream()
                .map(v -> decodeEntry(v.fields(), names)).toList();
        f.finish();
        return f.build(() -> new TrafficMix(rate, from, until, entries));
    }

    private static MixEntry decodeEntry(Fields f, Names names) {
        String name = names.claim(f.value("name"));
        String method = f.value("method").text();
        ByteSize body = f.value("body").parse(ByteSize::parse);
        ByteSize response = f.value("response").parse(ByteSize::parse);
        TimeSpan processing = optional(f, "processing", RequestCodec::processing);
        int weight = f.value("weight").integer();
        f.finish();
        return f.build(() -> new MixEntry(name, method, body, response, processing, weight));
    }

    private static TimeSpan processing(String text) {
        return TimeSpan.parseFinite(text, "a processing time");
    }

    private static <T> T optional(Fields f, String key, Function<String, T> parser) {
        return f.optional(key).map(v -> v.parse(parser)).orElse(null);
    }

    static ObjectNode encodeRequest(RequestSpec r) {
        ObjectNode n = Json.object();
        n.put("id", r.id());
        n.put("method", r.method());
        n.put("start", r.start().toString());
        n.put("body", r.body().toString());
        n.put("response", r.response().toString());
        putIfSet(n, "upload", r.upload());
        putIfSet(n, "download", r.download());
        putIfSet(n, "processing", r.processing());
        if (r.idempotent() != null) {
            n.put("idempotent", r.idempotent());
        }
        return n;
    }

    static ObjectNode encodeTraffic(TrafficMix t) {
        ObjectNode n = Json.object();
        n.set("ratePerSecond", Json.number(t.ratePerSecond()));
        n.put("from", t.from().toString());
        n.put("until", t.until().toString());
        ArrayNode entries = n.putArray("entries");
        t.entries().forEach(e -> entries.add(encodeEntry(e)));
        return n;
    }

    private static ObjectNode encodeEntry(MixEntry e) {
        ObjectNode n = Json.object();
        n.put("name", e.name());
        n.put("method", e.method());
        n.put("body", e.body().toString());
        n.put("response", e.response().toString());
        putIfSet(n, "processing", e.processing());
        n.put("weight", e.weight());
        return n;
    }

    private static void putIfSet(ObjectNode n, String key, Object value) {
        if (value != null) {
            n.put(key, value.toString());
        }
    }
}
