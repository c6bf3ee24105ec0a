package dev.rollscope.app.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * The unit-string cases: every time, size, rate and choice of a project replaced by values that
 * must be read ({@code 60 s}, {@code 1GiB}) and values that must be refused ({@code 99999999h},
 * {@code 1e9s}, {@code -0s}, {@code 60s\u0000}, {@code 1TB}, 10 KB numbers, ...).
 */
final class UnitStringCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TIME_KEYS = Set.of("start", "at", "processing", "from", "until");
    private static final Set<String> SIZE_KEYS = Set.of("body", "response");
    private static final Set<String> RATE_KEYS = Set.of("upload", "download", "internalBandwidth");

    private final CorpusWriter out;

    UnitStringCases(CorpusWriter out) {
        this.out = out;
    }

    void unitStrings(ObjectNode base) {
        String[] validTimes = {"0s", " 60s ", "60 s", "60S", "1.5s", "2min", "1500ms"};
        String[] badTimes = {"99999999h", "1e9s", "-0s", "none", "60s\u0000", "60s\n", "60sec", "", "0.0001s", "366d",
            "\u0661s", "NaN s", "Infinity", "9".repeat(10_000) + "s", "60", "s", "1,5s", "0x10s", "+5s", "5 s s"};
        String[] validSizes = {"0B", "1 MB", "1m", "1.5kB", "8k", "1023", "1GiB"};
        String[] badSizes = {"1000.1GB", "-1B", "1MBB", "0x10", "1e3B", "1MB\u0000", "", "\uFF11MB", "1.5B", "1TB", "2000GB"};
        String[] validRates = {"1Mbit/s", "10000Gbit/s", "1.5Mbit/s", "100Mbps", "1 Gbit/s"};
        String[] badRates = {"0bit/s", "10001Gbit/s", "1" + "0".repeat(39) + "bit/s", "1.5bit/s", "1Tbit/s", "fast",
            "-1bit/s", "1Gbit/s\u0007"};
        for (JsonPlaces.Place p : JsonPlaces.places(base)) {
            JsonNode original = JsonPlaces.at(base, p.path());
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
                addText(base, p, v.toLowerCase(Locale.ROOT), Expect.VALID);
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

    private void addText(ObjectNode base, JsonPlaces.Place p, String value, Expect expect) {
        JsonNode copy = base.deepCopy();
        JsonPlaces.set(copy, p, NODES.textNode(value));
        out.addTree("unit string", copy, expect);
    }
}
