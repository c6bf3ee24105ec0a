package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of random diagrams with names and texts users could type, checked in one batch by the
 * real Mermaid parser: each parses, has exactly the generated participants with their names, and
 * reads back every title, box title, message, note and block label as typed.
 */
class SequenceDiagramPropertyTest {

    private static final long SEED = 20_261_123L;
    private static final int DIAGRAMS = 300;
    private static final int SAMPLES_TO_RENDER = 30;
    private static final Set<String> NOT_TEXT = Set.of("AUTONUMBER", "ACTIVE_START", "ACTIVE_END", "RECT_START");
    private static final Set<String> BLOCK_LABELS = Set.of("LOOP_START", "ALT_START", "ALT_ELSE", "PAR_START", "PAR_AND",
            "CRITICAL_START", "CRITICAL_OPTION");

    @Test
    void randomDiagramsParseAndShowEveryTextAsTyped() {
        Random random = new Random(SEED);
        Map<String, RandomDiagram> generated = new LinkedHashMap<>();
        for (int i = 0; i < DIAGRAMS; i++) {
            generated.put("random-" + i, new RandomDiagram(random));
        }
        Map<String, String> texts = generated.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().text, (a, b) -> a, LinkedHashMap::new));
        MermaidSamples.write("property", texts.entrySet().stream().limit(SAMPLES_TO_RENDER).collect(Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));

        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);

        List<String> mismatches = new ArrayList<>();
        generated.forEach((id, diagram) -> mismatches.addAll(mismatches(id, diagram, parsed.get(id))));
        assertThat(mismatches).as("seed %d", SEED).isEmpty();
        assertThat(parsed).hasSize(DIAGRAMS);
    }

    private static List<String> mismatches(String id, RandomDiagram expected, ParsedDiagram actual) {
        List<String> found = new ArrayList<>();
        if (!actual.ok()) {
            found.add(id + " does not parse: " + actual.error() + "\n" + expected.text);
            return found;
        }
        check(found, id, "participants", expected.labels, actual.labelsById());
        check(found, id, "box titles", expected.boxTitles,
                actual.boxes().stream().map(ParsedDiagram.Box::label).collect(Collectors.toList()));
        check(found, id, "texts", expected.texts.stream().map(SequenceDiagramPropertyTest::comparable).toList(),
                actual.messages().stream()
                        .filter(m -> !NOT_TEXT.contains(m.type()) && !m.type().endsWith("_END"))
                        .map(m -> comparable(m.type() + ":" + m.text())).toList());
        check(found, id, "title", expected.title.isEmpty() ? null : Shown.line(expected.title), actual.title());
        return found;
    }

    /** {@code TYPE:text}; block labels without spaces, which the writer adds around entity codes. */
    private static String comparable(String typedText) {
        String type = typedText.substring(0, typedText.indexOf(':'));
        return BLOCK_LABELS.contains(type) ? Shown.withoutSpaces(typedText) : typedText;
    }

    private static void check(List<String> found, String id, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            found.add(id + " " + what + ": expected " + expected + " but the parser read " + actual);
        }
    }
}
