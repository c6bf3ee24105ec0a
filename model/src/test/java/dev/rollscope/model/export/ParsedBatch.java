package dev.rollscope.model.export;

import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagrams and the participants each must show, parsed in one batch by the real Mermaid. */
final class ParsedBatch {

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
            } else if (!new ArrayList<>(p.labelsById().values()).equals(labels)) {
                problems.add(id + ": participants " + p.labelsById().values() + ", expected " + labels);
            }
        });
        return problems;
    }
}
