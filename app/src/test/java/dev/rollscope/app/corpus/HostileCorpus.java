package dev.rollscope.app.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the hostile-input corpus of issue 18 into a directory, from the files in
 * {@code examples/} and one fixed seed, and says what each case must give. Deterministic: the
 * same seed writes the same files. Run by {@link HostileCorpusTest} into {@code target/}; to look
 * at the files, run its {@link #main} with a directory.
 *
 * <p>The expectation of each case follows docs/file-format.md: a key it lists as optional may be
 * deleted or set to {@code null}; anything else that breaks the format is refused with a location.
 */
public final class HostileCorpus {

    /** The seed of every random choice. */
    public static final long SEED = 18;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] BASES = {"failure-drain-off.json", "kong-service-pods.json", "abcd-defaults.json"};
    private static final Set<String> OPTIONAL_TOP = Set.of("description", "client", "network", "scenarios", "layout");
    private static final Set<String> OPTIONAL_REQUEST = Set.of("upload", "download", "processing", "idempotent");
    private static final Set<String> TIME_KEYS = Set.of("start", "at", "processing", "from", "until");
    private static final Set<String> SIZE_KEYS = Set.of("body", "response");
    private static final Set<String> RATE_KEYS = Set.of("upload", "download", "internalBandwidth");

    private final Path dir;
    private final Path examples;
    private final Random random = new Random(SEED);
    private final List<CorpusCase> cases = new ArrayList<>();
    private int next;

    private HostileCorpus(Path dir, Path examples) {
        this.dir = dir;
        this.examples = examples;
    }

    /** Writes the corpus into {@code dir} (created, emptied of earlier cases) and returns its cases. */
    public static List<CorpusCase> write(Path dir, Path examples) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        HostileCorpus c = new HostileCorpus(dir, examples);
        c.build();
        return c.cases;
    }

    public static void main(String[] args) throws IOException {
        List<CorpusCase> cases = write(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "examples"));
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(k -> counts.merge(k.category() + " " + k.expect(), 1, Integer::sum));
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
        System.out.println(cases.size() + "\tin all");
    }

    private void build() throws IOException {
        for (String base : BASES) {
            byte[] bytes = Files.readAllBytes(examples.resolve(base));
            truncations(bytes, 120);
            byteMutations(bytes, 60);
        }
        ObjectNode small = (ObjectNode) JSON.readTree(examples.resolve(BASES[0]).toFile());
        addTrafficScenario(small);
        ObjectNode pods = (ObjectNode) JSON.readTree(examples.resolve(BASES[1]).toFile());
        for (ObjectNode base : List.of(small, pods)) {
            deletions(base);
            nulls(base);
            typeSwaps(base);
            duplicateKeys(base);
        }
        unitStrings(small);
        numbers(small);
        controlCharacters(small);
        longStrings(small);
        encodings(small);
        nesting(small);
        sizeLimit(small);
        emptyAndOdd();
        specialFiles();
        extremeTopologies(small);
    }

    // ---- text-level cases ------------------------------------------------------------------

    private void truncations(byte[] bytes, int n) {
        int last = lastIndexOf(bytes, (byte) '}');
        for (int k = 0; k < n; k++) {
            int at = (int) ((long) k * last / n);
            add("truncation", java.util.Arrays.copyOf(bytes, at), Expect.REFUSED);
        }
    }

    private void byteMutations(byte[] bytes, int n) {
        for (int k = 0; k < n; k++) {
            byte[] b = bytes.clone();
            int at = random.nextInt(b.length);
            switch (k % 3) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, 1, new byte[0]);
                default -> b = splice(b, at, 0, new byte[] {(byte) random.nextInt(256)});
            }
            add("byte mutation", b, Expect.EITHER);
        }
    }

    private void duplicateKeys(ObjectNode base) {
        String[] lines = pretty(base).split("\n");
        int made = 0;
        for (int i = 0; i < lines.length && made < 40; i += 3) {
            String line = lines[i];
            if (line.matches("\\s*\"[A-Za-z]+\" : (\"[^\"]*\"|[-0-9.]+|true|false),?")) {
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(i, line.endsWith(",") ? line : line + ",");
                add("duplicate key", String.join("\n", out), Expect.REFUSED);
                made++;
            }
        }
    }

    private void encodings(ObjectNode base) {
        String text = pretty(base);
        add("encoding", "\uFEFF" + text, Expect.REFUSED);
        add("encoding", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                Expect.REFUSED);
        add("encoding", text.getBytes(StandardCharsets.UTF_16BE), Expect.REFUSED);
        add("encoding", text.getBytes(StandardCharsets.UTF_16), Expect.REFUSED);
        add("encoding", text.replace("roll", "r\u00e9ll").getBytes(StandardCharsets.ISO_8859_1), Expect.REFUSED);
        add("encoding", concat(text.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}), Expect.REFUSED);
        add("encoding", text.replace("\"name\"", "'name'"), Expect.REFUSED);
        add("encoding", text.replace("\n", "\r\n"), Expect.VALID);
        add("encoding", text + "\n// comment\n", Expect.REFUSED);
        add("encoding", text + text, Expect.REFUSED);
    }

    private void nesting(ObjectNode base) {
        for (int depth : new int[] {10, 999, 1001, 10_000, 200_000}) {
            String open = "[".repeat(depth);
            String close = "]".repeat(depth);
            add("deep nesting", "{\"schemaVersion\": 1, \"name\": \"n\", \"hops\": " + open + close + "}",
                    Expect.REFUSED);
            add("deep nesting", "{\"x\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}",
                    Expect.REFUSED);
            ObjectNode t = base.deepCopy();
            add("deep nesting", pretty(t).replaceFirst("\\{", "{\"zzz\": " + open + close + ","), Expect.REFUSED);
        }
    }

    private void sizeLimit(ObjectNode base) {
        String text = pretty(base);
        for (long size : new long[] {4_999_999, 5_000_000, 5_000_001, 6_000_000}) {
            int pad = (int) (size - text.getBytes(StandardCharsets.UTF_8).length);
            add("5 MB limit", text + " ".repeat(pad), size <= 5_000_000 ? Expect.VALID : Expect.REFUSED);
        }
        ObjectNode d = base.deepCopy();
        d.put("description", "x".repeat(4_990_000));
        add("5 MB limit", pretty(d), Expect.VALID);
    }

    private void emptyAndOdd() {
        for (String s : new String[] {"", " ", "\n\n", "null", "[]", "{}", "0", "\"x\"", "true", "{\"schemaVersion\": 1}",
            "{\"schemaVersion\": 2, \"name\": \"n\", \"hops\": []}", "\u0000", "{", "}", "[{}]", "{\"\": 1}"}) {
            add("empty or odd", s, Expect.REFUSED);
        }
    }

    private void specialFiles() throws IOException {
        cases.add(new CorpusCase("special file", dir.resolve("missing.json"), Expect.REFUSED));
        Path sub = Files.createDirectories(dir.resolve("a-directory.json"));
        cases.add(new CorpusCase("special file", sub, Expect.REFUSED));
        for (String dev : new String[] {"/dev/null", "/dev/zero", "/dev/urandom"}) {
            if (Files.exists(Path.of(dev))) {
                cases.add(new CorpusCase("special file", Path.of(dev), Expect.REFUSED));
            }
        }
        Path fifo = dir.resolve("fifo-without-writer.json");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                cases.add(new CorpusCase("special file", fifo, Expect.REFUSED));
            }
        } catch (IOException | InterruptedException e) {
            // no mkfifo here: the pipe case is left out
        }
    }

    // ---- tree-level cases ------------------------------------------------------------------

    /** A second scenario with a traffic mix, so that its fields are mutated too. */
    private static void addTrafficScenario(ObjectNode base) {
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

    private void deletions(ObjectNode base) {
        for (Place p : places(base)) {
            if (p.key() != null) {
                JsonNode copy = base.deepCopy();
                ((ObjectNode) at(copy, p.parent())).remove(p.key());
                addTree("deleted key", copy, optional(base, p) ? Expect.VALID : Expect.REFUSED);
            }
        }
    }

    private void nulls(ObjectNode base) {
        for (Place p : places(base)) {
            JsonNode copy = base.deepCopy();
            set(copy, p, NODES.nullNode());
            addTree("null", copy, p.key() != null && optional(base, p) ? Expect.VALID : Expect.REFUSED);
        }
    }

    private void typeSwaps(ObjectNode base) {
        JsonNode[] others = {NODES.numberNode(7), NODES.textNode("7s"), NODES.booleanNode(true), NODES.objectNode(),
            NODES.arrayNode()};
        for (Place p : places(base)) {
            JsonNode original = at(base, p.path());
            for (JsonNode other : others) {
                if (other.getNodeType() != original.getNodeType() && random.nextInt(3) == 0) {
                    JsonNode copy = base.deepCopy();
                    set(copy, p, other);
                    addTree("swapped type", copy, Expect.REFUSED);
                }
            }
        }
    }

    private void unitStrings(ObjectNode base) {
        String[] validTimes = {"0s", " 60s ", "60 s", "60S", "1.5s", "2min", "1500ms"};
        String[] badTimes = {"99999999h", "1e9s", "-0s", "none", "60s\u0000", "60s\n", "60sec", "", "0.0001s", "366d",
            "\u0661s", "NaN s", "Infinity", "9".repeat(10_000) + "s", "60", "s", "1,5s", "0x10s", "+5s", "5 s s"};
        String[] validSizes = {"0B", "1 MB", "1m", "1.5kB", "8k", "1023", "1GiB"};
        String[] badSizes = {"1000.1GB", "-1B", "1MBB", "0x10", "1e3B", "1MB\u0000", "", "\uFF11MB", "1.5B", "1TB", "2000GB"};
        String[] validRates = {"1Mbit/s", "10000Gbit/s", "1.5Mbit/s", "100Mbps", "1 Gbit/s"};
        String[] badRates = {"0bit/s", "10001Gbit/s", "1" + "0".repeat(39) + "bit/s", "1.5bit/s", "1Tbit/s", "fast",
            "-1bit/s", "1Gbit/s\u0007"};
        for (Place p : places(base)) {
            JsonNode original = at(base, p.path());
            if (p.key() == null || !original.isTextual()) {
                continue;
            }
            boolean setting = p.path().size() > 2 && "settings".equals(p.path().get(2));
            String k = p.key();
            if (TIME_KEYS.contains(k) && !setting) {
                boolean fromOrUntil = k.equals("from") || k.equals("until");
                for (String v : validTimes) {
                    // from/until must stay ordered, so only bad values there
                    if (!fromOrUntil) {
                        addText(base, p, v, Expect.VALID);
                    }
                }
                for (String v : badTimes) {
                    addText(base, p, v, Expect.REFUSED);
                }
                if (!k.equals("processing")) {
                    // a moment is at most the scenario's horizon (24 h unless set): a request starts before it,
                    // a disruption at the latest at it
                    addText(base, p, "24h", fromOrUntil ? Expect.EITHER
                            : k.equals("start") ? Expect.REFUSED : Expect.VALID);
                    addText(base, p, "86400001ms", fromOrUntil ? Expect.EITHER : Expect.REFUSED);
                    addText(base, p, "365d", Expect.REFUSED);
                }
            } else if (setting && original.asText().matches("\\d+(ms|s|m|h)")) {
                for (String v : badTimes) {
                    if (!v.equals("none")) {
                        addText(base, p, v, Expect.REFUSED);
                    }
                }
            } else if (SIZE_KEYS.contains(k)) {
                for (String v : validSizes) {
                    addText(base, p, v, Expect.VALID);
                }
                for (String v : badSizes) {
                    addText(base, p, v, Expect.REFUSED);
                }
            } else if (RATE_KEYS.contains(k)) {
                for (String v : validRates) {
                    addText(base, p, v, Expect.VALID);
                }
                for (String v : badRates) {
                    addText(base, p, v, Expect.REFUSED);
                }
            } else if (Set.of("kind", "platform", "front").contains(k)) {
                String v = original.asText();
                addText(base, p, v.toLowerCase(java.util.Locale.ROOT), Expect.VALID);
                for (String bad : new String[] {v + "\n", v + "\u0000", "", "X", v + "_"}) {
                    addText(base, p, bad, Expect.REFUSED);
                }
            } else if (k.equals("method")) {
                for (String bad : new String[] {"get", "GET\n", "", "G ET", "GET\u0000"}) {
                    addText(base, p, bad, Expect.REFUSED);
                }
            }
        }
    }

    private void numbers(ObjectNode base) {
        Map<String, String[][]> table = Map.of(
                "replicas", new String[][] {{"1", "7"}, {"0", "-1", "1001", "2147483648", "1e308", "1.5", "-0", "1e-300"}},
                "seed", new String[][] {{"-1", "0", "9223372036854775807"}, {"9223372036854775808", "1.5", "1e30", "-1e400"}},
                "ratePerSecond", new String[][] {{"0.001", "0.5"}, {"0", "-1", "100001", "1e308", "1e-400", "1e999"}},
                "weight", new String[][] {{"1", "1000"}, {"0", "-1", "2147483648", "1.5"}},
                "instance", new String[][] {{"0"}, {"-1", "2147483648", "0.5"}},
                "x", new String[][] {{"1e308", "-1e308", "0", "0.000001"}, {"1e999", "-1e999"}},
                "schemaVersion", new String[][] {{"1"}, {"2", "0", "1.0", "-1", "1e0", "99999999999999999999"}});
        for (Place p : places(base)) {
            String[][] values = p.key() == null ? null : table.get(p.key());
            if (values == null || !at(base, p.path()).isNumber()) {
                continue;
            }
            for (int v = 0; v < 2; v++) {
                for (String number : values[v]) {
                    String marker = "\"@@NUMBER@@\"";
                    JsonNode copy = base.deepCopy();
                    set(copy, p, NODES.textNode("@@NUMBER@@"));
                    add("number", pretty(copy).replace(marker, number), v == 0 ? Expect.VALID : Expect.REFUSED);
                }
            }
        }
    }

    private void controlCharacters(ObjectNode base) {
        String[] controls = {"\u0000", "\n", "\u001b[31m", "\r", "\u0007", "\u2028", "\u007f"};
        for (String c : controls) {
            // names may hold any character (outputs escape them)
            ObjectNode t = base.deepCopy();
            t.put("name", "chain" + c);
            addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("name", c + "A");
            addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0)).put("name", "roll" + c);
            addTree("control character", t, Expect.VALID);
            t = base.deepCopy();
            t.put("unknown" + c, 1);
            addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("id", "P" + c);
            addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("id", "A" + c);
            addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("front", ((ObjectNode) t.get("hops").get(0)).get("front").asText() + c);
            addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("body", "50MB" + c);
            addTree("control character", t, Expect.REFUSED);
            t = base.deepCopy();
            t.put("description", "line one" + c + "line two");
            addTree("control character", t, Expect.VALID);
        }
    }

    private void longStrings(ObjectNode base) {
        for (int n : new int[] {10_000, 1_000_000}) {
            String s = "\u7f51".repeat(n / 2) + "x".repeat(n / 2);
            ObjectNode t = base.deepCopy();
            t.put("name", s);
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            t.put("description", s);
            addTree("long string", t, Expect.VALID);
            t = base.deepCopy();
            t.put(s, 1);
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("id", s);
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("requests").get(0)).put("start", s);
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("scenarios").get(0).get("disruptions").get(0)).put("hop", s);
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0).get("settings").get("proxy")).put(s, "1s");
            addTree("long string", t, Expect.REFUSED);
            t = base.deepCopy();
            ((ObjectNode) t.get("hops").get(0)).put("kind", s);
            addTree("long string", t, Expect.REFUSED);
        }
    }

    private void extremeTopologies(ObjectNode base) {
        new ExtremeProjects(base).each((project, expect) -> addTree("extreme topology", project, expect));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** A value in a tree: its parent's path and its key (or index). */
    record Place(List<Object> path, String key) {
        List<Object> parent() {
            return path.subList(0, path.size() - 1);
        }
    }

    private static List<Place> places(JsonNode root) {
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
    private static boolean optional(JsonNode root, Place p) {
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

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object seg : path) {
            n = seg instanceof Integer i ? n.get(i) : n.get((String) seg);
        }
        return n;
    }

    private static void set(JsonNode root, Place p, JsonNode value) {
        JsonNode parent = at(root, p.parent());
        Object last = p.path().get(p.path().size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private void addText(ObjectNode base, Place p, String value, Expect expect) {
        JsonNode copy = base.deepCopy();
        set(copy, p, NODES.textNode(value));
        addTree("unit string", copy, expect);
    }

    private void addTree(String category, JsonNode tree, Expect expect) {
        add(category, pretty(tree), expect);
    }

    private void add(String category, String text, Expect expect) {
        add(category, text.getBytes(StandardCharsets.UTF_8), expect);
    }

    private void add(String category, byte[] bytes, Expect expect) {
        Path file = dir.resolve(String.format("%04d-%s.json", next++, category.replace(' ', '-')));
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.add(new CorpusCase(category, file, expect));
    }

    private static String pretty(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    /** {@code b} with {@code remove} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        return concat(concat(java.util.Arrays.copyOfRange(b, 0, at), insert),
                java.util.Arrays.copyOfRange(b, at + remove, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
