package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every value of a project's JSON tree, reading and replacing one, and which keys docs/file-format.md calls optional. */
final class JsonPlaces {

    private static final Set<String> OPTIONAL_TOP = Set.of("description", "client", "network", "scenarios", "layout");
    private static final Set<String> OPTIONAL_REQUEST = Set.of("upload", "download", "processing", "idempotent");

    private JsonPlaces() {
    }

    /** A value in a tree: its parent's path and its key (or index). */
    record Place(List<Object> path, String key) {
        List<Object> parent() {
            return path.subList(0, path.size() - 1);
        }
    }

    static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        walk(root, new ArrayList<>(), out);
        return out;
    }

    private static void walk(JsonNode node, List<Object> path, List<Place> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                out.add(new Place(List.copyOf(p), e.getKey()));
                walk(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                out.add(new Place(List.copyOf(p), null));
                walk(node.get(i), p, out);
            }
        }
    }

    /** docs/file-format.md's optional keys: deleting one, or setting it to null, keeps a file valid. */
    static boolean optional(JsonNode root, Place p) {
        List<Object> s = p.path();
        String k = p.key();
        if (s.size() == 1) {
            return OPTIONAL_TOP.contains(k);
        }
        if (s.get(0).equals("layout")) {
            return s.size() == 2;
        }
        if (s.get(0).equals("hops")) {
            return s.size() >= 3 && s.get(2).equals("settings") && s.size() <= 5;
        }
        if (s.get(0).equals("scenarios") && s.size() == 3) {
            JsonNode scenario = at(root, s.subList(0, 2));
            return switch (k) {
                case "description", "disruptions" -> true;
                case "requests" -> scenario.has("traffic");
                case "traffic" -> scenario.has("requests") && !scenario.get("requests").isEmpty();
                default -> false;
            };
        }
        if (s.size() == 5 && s.get(2).equals("requests")) {
            return OPTIONAL_REQUEST.contains(k);
        }
        return s.size() == 6 && s.get(3).equals("entries") && k.equals("processing");
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object seg : path) {
            n = seg instanceof Integer i ? n.get(i) : n.get((String) seg);
        }
        return n;
    }

    static void set(JsonNode root, Place p, JsonNode value) {
        JsonNode parent = at(root, p.parent());
        Object last = p.path().get(p.path().size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }
}
