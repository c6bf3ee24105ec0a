package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each risky text, put in every place a diagram holds text, parses and reads back exactly as
 * typed from the real Mermaid parser (one batch for all); block labels read back with spaces
 * around escaped characters (see {@link MermaidText#blockLabel}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MermaidEscapingTest {

    private static final List<String> RISKY = List.of(
            "a;b", "a#b", "#quot;", "#59;", "a<br/>b", "<b>bold</b>", "<script>alert(1)</script>", "a & b",
            "&amp; &lt;", "a %% b", "%%{init: {'theme':'dark'}}%%", "100%", "A: nginx", ":leading colon",
            "wrap: lost", "nowrap:lost", ":wrap: lost", "-->> arrow", "->>+B: fake message", "+plus", "-minus",
            "-x cross", "a, b", "\"quoted\"", "it's", "C:\\path\\n", "{braces} @{ x }", "(parens)", "[brackets]",
            "$$x^2$$", "$5", "😀 emoji 👨‍👩‍👧", "客户端（网关）：冒号；分号", "   ", " padded ", "end", "Note over",
            "loop", "participant x as y", "line 1\nline 2", "crlf\r\nline\rcr", "\u2028separator", "tab\there",
            "nbsp\u00A0here", "\uFB02\u00B0\u00B059\u00B6\u00DF", "a\u00B6\u00DFb", "control\u0001\u007Fchars", "#br#",
            "x", "",
            // Mermaid's encodeEntities strips the last ';' of a line matching /style.*:\S*#.*;/ or
            // /classDef.*:\S*#.*;/ before parsing, whatever the line is (mermaid 11.17.2).
            "lifestyle api port:8080; eu", "style x fill:#f9f;", "classDef hot fill:#f00;", "lifestyle:#ab;",
            "style a: b#c;", "linkStyle 0 stroke:#f00;", "a:b", "ends with colon:", "style:\nline#2;",
            // front matter and directives are only read at the start or as %%{...}%%; comments at a line's start
            "---\ntitle: x\n---", "%%{wrap}%%", "%%{init: {}}%%x", "a\n%% b", "}%%x", "%%", "% %",
            // cleanupText rewrites ="..." inside <tags>; entity codes of every shape
            "<a href=\"x\">", "#+59;", "#x3B;", "#lt;b#gt;", "#9999999;");

    private final Map<String, String> diagrams = new LinkedHashMap<>();
    private Map<String, ParsedDiagram> parsed;

    @BeforeAll
    void parseAllDiagrams() {
        for (int i = 0; i < RISKY.size(); i++) {
            diagrams.put("risky-" + i, everywhere(RISKY.get(i)));
        }
        MermaidSamples.write("escaping", diagrams);
        parsed = MermaidValidator.validate(diagrams);
    }

    /** One diagram with {@code text} as title, box title, participant name, message, note and block labels. */
    private static String everywhere(String text) {
        SequenceDiagram d = new SequenceDiagram().title(text);
        d.comment(text);
        Participant named;
        try (Box box = d.box(text, Colour.rgb(230, 240, 255))) {
            named = box.participant("named", text);
        }
        Participant other = d.participant("other", "other");
        d.message(named, other, Arrow.SOLID, text).noteOver(named, text);
        Block loop = d.loop(text);
        d.message(other, named, Arrow.DOTTED, "reply");
        loop.close();
        try (BranchBlock alt = d.alt(text)) {
            d.message(named, other, Arrow.SOLID_CROSS, "x");
            alt.branch(text);
        }
        return d.toMermaid();
    }

    static List<Integer> riskyIndexes() {
        return java.util.stream.IntStream.range(0, RISKY.size()).boxed().toList();
    }

    @ParameterizedTest(name = "risky text {0}")
    @MethodSource("riskyIndexes")
    void everyPlaceShowsTheTextAsTyped(int index) {
        String typed = RISKY.get(index);
        ParsedDiagram result = parsed.get("risky-" + index);
        assertThat(result.ok()).as("parses: %s%n%s", result.error(), diagrams.get("risky-" + index)).isTrue();

        String shown = Shown.text(typed);
        assertThat(result.labelsById()).containsExactly(Map.entry("named", shown), Map.entry("other", "other"));
        assertThat(result.texts("SOLID")).containsExactly(shown);
        assertThat(result.texts("NOTE")).containsExactly(shown);
        for (String blockLabel : List.of("LOOP_START", "ALT_START", "ALT_ELSE")) {
            assertThat(result.texts(blockLabel)).as("%s, ignoring the spaces around entity codes", blockLabel)
                    .singleElement().satisfies(label -> assertThat(Shown.withoutSpaces(label))
                            .isEqualTo(Shown.withoutSpaces(shown)));
        }
        assertThat(result.boxes()).extracting(ParsedDiagram.Box::label).containsExactly(shown.isEmpty() ? null : shown);
        assertThat(result.title()).isEqualTo(typed.isEmpty() ? null : Shown.line(typed));
    }
}
