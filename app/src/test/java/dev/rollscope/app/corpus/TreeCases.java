package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Random;

/**
 * The cases made by changing a JSON tree: deleted keys, nulls, swapped types, numbers at and past
 * their edges, control characters, long strings and extreme topologies.
 */
final class TreeCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CorpusWriter out;
    private final Random random;

    TreeCases(CorpusWriter out, Random random) {
        this.out = out;
        this.random = random;
    }

    /** A second scenario with a traffic mix, so that its fields are mutated too. */
    static void addTrafficScenario(ObjectNode base) {
        ObjectNode s = ((ArrayNode) base.get("scenarios")).addObject();
        s.put("name", "steady");
        s.put("seed", 7);
        ObjectNode d = s.putArray("disruptions").addObject();
        d.put("type", "crash").put("hop", "D").put("instance", 0).put("at", "5s");
        ObjectNode t = s.putObject("traffic");
        t.put("ratePerSecond", 4).put("from", "0s").put("until", "20s");
        ArrayNode entries = t.putArray("entries");
        entries.addObject().put("name", "read").put("method", "GET").put("body", "0B").put("response", "2KiB")
                .put("processing", "100ms").put("weight", 9);
        entries.addObject().put("name", "write").put("method", "POST").put("body", "1MB").put("response", "1kB")
                .put("weight", 1);
        ObjectNode layout = base.putObject("layout");
        layout.putObject("A").put("x", 10).put("y", 20);
        layout.putObject("D").put("x", 300.5).put("y", -4);
    }

    void deletions(ObjectNode base) {
        for (JsonPlaces.Place p : JsonPlaces.places(base)) {
            if (p.key() != null) {
                JsonNode copy = base.deepCopy();
                ((ObjectNode) JsonPlaces.at(copy, p.parent())).remove(p.key());
                out.addTree("deleted key", copy, JsonPlaces.optional(base, p) ? Expect.VALID : Expect.REFUSED);
            }
        }
    }

    void nulls(ObjectNode base) {
        for (JsonPlaces.Place p : JsonPlaces.places(base)) {
            JsonNode copy = base.deepCopy();
            JsonPlaces.set(copy, p, NODES.nullNode());
            out.addTree("null", copy, p.key() != null && JsonPlaces.optional(base, p) ? Expect.VALID : Expect.REFUSED);
        }
    }

    void typeSwaps(ObjectNode base) {
        JsonNode[] others = {NODES.numberNode(7), NODES.textNode("7s"), NODES.booleanNode(true), NODES.objectNode(),
            NODES.arrayNode()};
        for (JsonPlaces.Place p : JsonPlaces.places(base)) {
            JsonNode original = JsonPlaces.at(base, p.path());
            for (JsonNode other : others) {
                if (other.getNodeType() != original.getNodeType() && random.nextInt(3) == 0) {
                    JsonNode copy = base.deepCopy();
                    JsonPlaces.set(copy, p, other);
                    out.addTree("swapped type", copy, Expect.REFUSED);
                }
            }
        }
    }

    void numbers(ObjectNode base) {
        Map<String, String[][]> table = Map.of(
                "replicas", new String[][] {{"1", "7"}, {"0", "-1", "1001", "2147483648", "1e308", "1.5", "-0", "1e-300"}},
                "seed", new String[][] {{"-1", "0", "9223372036854775807"}, {"9223372036854775808", "1.5", "1e30", "-1e400"}},
                "ratePerSecond", new String[][] {{"0.001", "0.5"}, {"0", "-1", "100001", "1e308", "1e-400", "1e999"}},
                "weight", new String[][] {{"1", "1000"}, {"0", "-1", "2147483648", "1.5"}},
                "instance", new String[][] {{"0"}, {"-1", "2147483648", "0.5"}},
                "x", new String[][] {{"1e308", "-1e308", "0", "0.000001"}, {"1e999", "-1e999"}},
                "schemaVersion", new String[][] {{"1"}, {"2", "0", "1.0", "-1", "1e0", "99999999999999999999"}});
        for (JsonPlaces.Place p : JsonPlaces.places(base)) {
            String[][] values = p.key() == null ? null : table.get(p.key());
            if (values == null || !JsonPlaces.at(base, p.path()).isNumber()) {
                continue;
            }
            for (int v = 0; v < 2; v++) {
                for (String number : values[v]) {
                    String marker = "\"@@NUMBER@@\"";
                    JsonNode copy = base.deepCopy();
                    JsonPlaces.set(copy, p, NODES.textNode("@@NUMBER@@"));
                    out.add("number", CorpusWriter.pretty(copy).replace(marker, number), v == 0 ? Expect.VALID : Expect.REFUSED);
                }
            }
        }
    }

    void controlCharacters(ObjectNode base) {
        String[] controls = {"\u0000", "\n", "\u001b[31m", "\r", "\u0007", "\u2028", "\u007f"};
        for (String c : controls) {
            // names may hold any character (outputs escape them)
            ObjectNode t = base.deepCopy();
            t.put("name", "chain" + c);
            out.addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("name", c + "A");
            out.addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0)).put("name", "roll" + c);
            out.addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            t.put("unknown" + c, 1);
            out.addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("id", "P" + c);
            out.addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("id", "A" + c);
            out.addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("front", ((ObjectNode) t.get("hops").get(0)).get("front").asText() + c);
            out.addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("body", "50MB" + c);
            out.addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            t.put("description", "line one" + c + "line two");
            out.addTree("control character", t, Expect.VALID);
        }
    }

    void longStrings(ObjectNode base) {
        for (int n : new int[] {10_000, 1_000_000}) {
            String s = "\u7f51".repeat(n / 2) + "x".repeat(n / 2);
            ObjectNode t = base.deepCopy();
            t.put("name", s);
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            t.put("description", s);
            out.addTree("long string", t, Expect.VALID);
            t = base.deepCopy();
            t.put(s, 1);
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("id", s);
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("start", s);
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("disruptions").get(0)).put("hop", s);
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0).get("settings").get("proxy")).put(s, "1s");
            out.addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("kind", s);
            out.addTree("long string", t, Expect.REFUSED);
        }
    }

    void extremeTopologies(ObjectNode base) {
        new ExtremeProjects(base).each((project, expect) -> out.addTree("extreme topology", project, expect));
    }
}
