package dev.rollscope.model.export;

import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagrams and the participants each must show, parsed in one batch by the real Mermaid. */
final class ParsedBatch {

    /** Long names wrap into lines of at most 24 columns (a CJK character takes two). */
    static final int MAX_COLUMNS = 24;

    final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, List<String>> expected = new LinkedHashMap<>();

    void add(String id, String text, List<String> participants) {
        texts.put(id, text);
        expected.put(id, participants);
    }

    /** Parses every diagram; returns each that does not parse or shows other participants. */
    List<String> problems() {
        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);
        List<String> problems = new ArrayList<>();
        expected.forEach((id, labels) -> {
            ParsedDiagram p = parsed.get(id);
            if (p == null || !p.ok()) {
                problems.add(id + " does not parse: " + (p == null ? "no result" : p.error()) + "\n" + texts.get(id));
            } else if (!unwrapped(new ArrayList<>(p.labelsById().values())).equals(unwrapped(labels))) {
                problems.add(id + ": participants " + p.labelsById().values() + ", expected " + labels);
            } else {
                p.labelsById().values().stream().filter(label -> widest(label) > MAX_COLUMNS).findFirst()
                        .ifPresent(label -> problems.add(id + ": a participant line is wider than " + MAX_COLUMNS
                                + " columns: " + label));
            }
        });
        return problems;
    }

    /** Labels as comparable text: a wrapped name has a line break for a space, or inside a long word. */
    private static List<String> unwrapped(List<String> labels) {
        return labels.stream().map(label -> label.replaceAll("[\\n ]", "")).toList();
    }

    private static int widest(String label) {
        int widest = 0;
        for (String line : label.split("\n", -1)) {
            int columns = line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60 || c >= 0x1F300 ? 2 : 1).sum();
            widest = Math.max(widest, columns);
        }
        return widest;
    }
}
