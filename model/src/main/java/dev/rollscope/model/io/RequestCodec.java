package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.scenario.Transaction;
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
        TimeSpan start = f.value("start").parse(t -> Moments.parse(t, Moments.REQUEST_START));
        ByteSize body = f.value("body").parse(ByteSize::parse);
        ByteSize response = f.value("response").parse(ByteSize::parse);
        Bandwidth upload = optional(f, "upload", Bandwidth::parse);
        Bandwidth download = optional(f, "download", Bandwidth::parse);
        TimeSpan processing = optional(f, "processing", RequestCodec::processing);
        Boolean idempotent = f.optional("idempotent").map(Value::bool).orElse(null);
        ClientBehaviour client = decodeClient(f);
        Transaction transaction = decodeTransaction(f);
        ResumableUpload resumable = f.optional("resumable").map(v -> decodeResumable(v.fields())).orElse(null);
        f.finish();
        return f.build(() -> new RequestSpec(id, method, body, response, upload, download, start, processing,
                idempotent, client, transaction, resumable));
    }

    static TrafficMix decodeTraffic(Fields f) {
        double rate = f.value("ratePerSecond").number();
        TimeSpan from = f.value("from").parse(t -> Moments.parse(t, Moments.TRAFFIC_FROM));
        TimeSpan until = f.value("until").parse(t -> Moments.parse(t, Moments.TRAFFIC_UNTIL));
        Names names = new Names("mixEntry");
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
        Bandwidth upload = optional(f, "upload", Bandwidth::parse);
        Bandwidth download = optional(f, "download", Bandwidth::parse);
        ClientBehaviour client = decodeClient(f);
        f.finish();
        return f.build(() -> new MixEntry(name, method, body, response, processing, weight, upload, download,
                client));
    }

    /** A request's or mix entry's optional {@code client} object; absent: a client that does not pause. */
    private static ClientBehaviour decodeClient(Fields request) {
        return request.optional("client").map(v -> {
            Fields f = v.fields();
            TimeSpan header = f.optional("headerTime").map(t -> t.parse(RequestCodec::finite)).orElse(TimeSpan.ZERO);
            ClientBehaviour.Pause up = f.optional("uploadPause").map(p -> decodePause(p.fields())).orElse(null);
            ClientBehaviour.Pause down = f.optional("downloadPause").map(p -> decodePause(p.fields())).orElse(null);
            ByteSize stops = optional(f, "stopsReadingAt", ByteSize::parse);
            String id = optional(f, "id", text -> text);
            f.finish();
            return f.build(() -> new ClientBehaviour(header, up, down, stops, id));
        }).orElse(ClientBehaviour.NONE);
    }

    /** A request's optional {@code transaction} object (domain.md §16); absent: none. */
    private static Transaction decodeTransaction(Fields request) {
        return request.optional("transaction").map(v -> {
            Fields f = v.fields();
            TimeSpan from = f.value("from").parse(t -> TimeSpan.parseFinite(t, Moments.TRANSACTION_FROM));
            TimeSpan length = f.value("for").parse(t -> TimeSpan.parseFinite(t, Moments.TRANSACTION_FOR));
            f.finish();
            return f.build(() -> new Transaction(from, length));
        }).orElse(null);
    }

    /** A request's optional {@code resumable} object (domain.md §13); absent: one request carries the body. */
    private static ResumableUpload decodeResumable(Fields f) {
        ResumableUpload.Protocol protocol = f.value("protocol").choice(ResumableUpload.Protocol.class);
        ByteSize chunk = optional(f, "chunkSize", ByteSize::parse);
        List<TimeSpan> delays = f.optional("retryDelays")
                .map(v -> v.elements().stream().map(d -> d.parse(RequestCodec::finite)).toList()).orElse(null);
        TimeSpan deadline = optional(f, "retryDeadline", RequestCodec::finite);
        ResumableUpload.Storage storage = f.optional("storage").map(v -> v.choice(ResumableUpload.Storage.class))
                .orElse(null);
        f.finish();
        return f.build(() -> new ResumableUpload(protocol, chunk, delays, deadline, storage));
    }

    private static ClientBehaviour.Pause decodePause(Fields f) {
        ByteSize at = f.value("at").parse(ByteSize::parse);
        TimeSpan length = f.value("for").parse(RequestCodec::finite);
        f.finish();
        return f.build(() -> new ClientBehaviour.Pause(at, length));
    }

    private static TimeSpan finite(String text) {
        return TimeSpan.parseFinite(text, Moments.CLIENT_TIME);
    }

    private static TimeSpan processing(String text) {
        return TimeSpan.parseFinite(text, Moments.PROCESSING_TIME);
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
        putClient(n, r.client());
        if (r.transaction() != null) {
            ObjectNode t = n.putObject("transaction");
            t.put("from", r.transaction().from().toString());
            t.put("for", r.transaction().length().toString());
        }
        putResumable(n, r.resumable());
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
        putIfSet(n, "upload", e.upload());
        putIfSet(n, "download", e.download());
        putClient(n, e.client());
        return n;
    }

    private static void putClient(ObjectNode n, ClientBehaviour c) {
        if (c.isNone()) {
            return;
        }
        ObjectNode o = n.putObject("client");
        if (c.headerTime().millis() > 0) {
            o.put("headerTime", c.headerTime().toString());
        }
        putPause(o, "uploadPause", c.uploadPause());
        putPause(o, "downloadPause", c.downloadPause());
        putIfSet(o, "stopsReadingAt", c.stopsReadingAt());
        putIfSet(o, "id", c.id());
    }

    private static void putResumable(ObjectNode n, ResumableUpload u) {
        if (u == null) {
            return;
        }
        ObjectNode o = n.putObject("resumable");
        o.put("protocol", u.protocol().name());
        putIfSet(o, "chunkSize", u.chunkSize());
        if (u.retryDelays() != null) {
            ArrayNode delays = o.putArray("retryDelays");
            u.retryDelays().forEach(d -> delays.add(d.toString()));
        }
        putIfSet(o, "retryDeadline", u.retryDeadline());
        if (u.storage() != null) {
            o.put("storage", u.storage().name());
        }
    }

    private static void putPause(ObjectNode n, String key, ClientBehaviour.Pause p) {
        if (p != null) {
            ObjectNode o = n.putObject(key);
            o.put("at", p.at().toString());
            o.put("for", p.length().toString());
        }
    }

    private static void putIfSet(ObjectNode n, String key, Object value) {
        if (value != null) {
            n.put(key, value.toString());
        }
    }
}
