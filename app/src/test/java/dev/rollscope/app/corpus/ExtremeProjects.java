package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Valid-looking projects at the edges of what the format allows: the longest chain, the most
 * replicas, many disruptions of one hop, the heaviest traffic. Each is valid, or valid but over the
 * work limit, which every command must refuse at once with the estimate.
 */
final class ExtremeProjects {

    private final ObjectNode base;

    /** @param base a valid project whose first hop is an nginx MIG, last hop the application */
    ExtremeProjects(ObjectNode base) {
        this.base = base;
    }

    void each(BiConsumer<JsonNode, Expect> out) {
        out.accept(longestChain(), Expect.VALID);
        out.accept(withHop(3, h -> h.put("replicas", 1000)), Expect.VALID);
        out.accept(rollouts(List.of("A", "B", "C", "D"), 0), Expect.VALID);
        out.accept(rollouts(List.of("A", "A"), 300), Expect.VALID);
        out.accept(rollouts(List.of("A", "B", "C", "D").stream().flatMap(h -> List.of(h, h).stream()).toList(), 200),
                Expect.VALID);
        out.accept(traffic(100_000, "0s", "1h"), Expect.OVER_LIMIT);
        out.accept(traffic(100_000, "0s", "1d"), Expect.OVER_LIMIT);
        out.accept(traffic(10_000, "0s", "10m"), Expect.OVER_LIMIT);
        out.accept(traffic(100, "0s", "10s"), Expect.VALID);
        out.accept(manyRequests(1000), Expect.VALID);
        out.accept(request("start", "365d"), Expect.REFUSED);
        out.accept(request("start", "24h"), Expect.REFUSED);
        out.accept(request("start", "86399999ms"), Expect.VALID);
        out.accept(request("body", "1000GB"), Expect.VALID);
        out.accept(request("download", "10000Gbit/s"), Expect.VALID);
        out.accept(weights(Integer.MAX_VALUE, Integer.MAX_VALUE), Expect.REFUSED);
        out.accept(weights(Integer.MAX_VALUE - 1, 1), Expect.VALID);
        out.accept(longNames(), Expect.VALID);
    }

    private ObjectNode copy() {
        return base.deepCopy();
    }

    private ObjectNode withHop(int index, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode t = copy();
        change.accept((ObjectNode) t.get("hops").get(index));
        return t;
    }

    /** 32 hops, the most a chain has: the first hop copied 29 times in front of the rest. */
    private ObjectNode longestChain() {
        ObjectNode t = copy();
        ArrayNode hops = (ArrayNode) t.get("hops");
        for (int i = 0; i < 28; i++) {
            ObjectNode h = hops.get(0).deepCopy();
            h.put("id", "E" + i);
            hops.insert(0, h);
        }
        return t;
    }

    /** Rollouts of {@code hops}, in order, {@code apart} seconds apart from 10 s on. */
    private ObjectNode rollouts(List<String> hops, int apart) {
        ObjectNode t = copy();
        ArrayNode d = ((ObjectNode) t.get("scenarios").get(0)).putArray("disruptions");
        for (int i = 0; i < hops.size(); i++) {
            d.addObject().put("type", "rollout").put("hop", hops.get(i)).put("at", (10 + i * apart) + "s");
        }
        return t;
    }

    private ObjectNode traffic(int rate, String from, String until) {
        ObjectNode t = copy();
        ObjectNode s = (ObjectNode) t.get("scenarios").get(0);
        ObjectNode traffic = s.putObject("traffic");
        traffic.put("ratePerSecond", rate).put("from", from).put("until", until);
        traffic.putArray("entries").addObject().put("name", "read").put("method", "GET").put("body", "0B")
                .put("response", "1kB").put("weight", 1);
        return t;
    }

    private ObjectNode manyRequests(int n) {
        ObjectNode t = copy();
        ArrayNode r = ((ObjectNode) t.get("scenarios").get(0)).putArray("requests");
        for (int i = 0; i < n; i++) {
            r.addObject().put("id", "GET-" + i).put("method", "GET").put("start", (i * 37) + "ms").put("body", "0B")
                    .put("response", "10kB");
        }
        return t;
    }

    private ObjectNode request(String key, String value) {
        ObjectNode t = copy();
        ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put(key, value);
        return t;
    }

    private ObjectNode weights(int a, int b) {
        ObjectNode t = traffic(1, "0s", "10s");
        ArrayNode entries = (ArrayNode) t.get("scenarios").get(0).get("traffic").get("entries");
        ((ObjectNode) entries.get(0)).put("weight", a);
        entries.addObject().put("name", "write").put("method", "POST").put("body", "1kB").put("response", "1kB")
                .put("weight", b);
        return t;
    }

    /** Every name at its longest, in scripts and symbols a user could type. */
    private ObjectNode longNames() {
        ObjectNode t = copy();
        t.put("name", "链".repeat(60) + "😀".repeat(30));
        ((ObjectNode) t.get("hops").get(0)).put("name", "\"<b>%%{init}%%</b>\"".repeat(4));
        ((ObjectNode) t.get("scenarios").get(0)).put("name", "end ".repeat(20));
        ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("id", "Z".repeat(40));
        return t;
    }
}
