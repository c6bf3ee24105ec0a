package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every construct the builder writes, checked by the real Mermaid parser in one batch. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SequenceDiagramParsesTest {

    private final Map<String, String> diagrams = new LinkedHashMap<>();
    private Map<String, ParsedDiagram> parsed;

    @BeforeAll
    void parseAllDiagrams() {
        diagrams.put("header", header());
        diagrams.put("boxes", boxes());
        diagrams.put("arrows", arrows());
        diagrams.put("notes", notes());
        diagrams.put("blocks", blocks());
        diagrams.put("empty-labels", emptyLabels());
        diagrams.put("keyword-hints", keywordHints());
        MermaidSamples.write("constructs", diagrams);
        diagrams.put("broken-by-hand", "sequenceDiagram\n    participant end as A\n    end->>end: m\n");
        diagrams.put("quoted-by-hand", "sequenceDiagram\n    participant A\n    A->>A (x): m\n");
        parsed = MermaidValidator.validate(diagrams);
    }

    private ParsedDiagram parsed(String name) {
        ParsedDiagram result = parsed.get(name);
        assertThat(result.ok()).as("%s parses: %s%n%s", name, result.error(), diagrams.get(name)).isTrue();
        return result;
    }

    private static String header() {
        SequenceDiagram d = new SequenceDiagram().title("Upload; 50 MB #1").autonumber(true);
        Participant client = d.actor("client", "Client");
        Participant a = d.participant("a", "A: nginx");
        d.message(client, a, Arrow.SOLID, "POST /upload");
        return d.toMermaid();
    }

    @Test
    void writesTheTitleAutonumberAndParticipantKinds() {
        ParsedDiagram header = parsed("header");

        assertThat(header.title()).isEqualTo("Upload; 50 MB #1");
        assertThat(header.types()).startsWith("AUTONUMBER");
        assertThat(header.participants()).extracting(ParsedDiagram.Participant::type).containsExactly("actor", "participant");
        assertThat(header.labelsById()).containsExactly(Map.entry("client", "Client"), Map.entry("a", "A: nginx"));
    }

    private static String boxes() {
        SequenceDiagram d = new SequenceDiagram();
        Participant client = d.participant("client", "Client");
        try (Box box = d.box("D (pods); old & new", Colour.rgb(200, 220, 255))) {
            box.participant("d_old", "D old");
            box.participant("d_new", "D new");
        }
        try (Box box = d.box("Red team", Colour.rgba(255, 0, 0, 0.25))) {
            box.actor("ops", "Ops");
        }
        try (Box box = d.box("green", Colour.TRANSPARENT)) {
            box.participant("kong", "Kong");
        }
        d.message(client, client, Arrow.SOLID, "m");
        return d.toMermaid();
    }

    @Test
    void keepsBoxColoursTitlesAndMembers() {
        ParsedDiagram boxes = parsed("boxes");

        assertThat(boxes.boxes()).containsExactly(
                new ParsedDiagram.Box("D (pods); old & new", "rgb(200, 220, 255)", List.of("d_old", "d_new")),
                new ParsedDiagram.Box("Red team", "rgba(255, 0, 0, 0.25)", List.of("ops")),
                new ParsedDiagram.Box("green", "transparent", List.of("kong")));
        assertThat(boxes.participants()).extracting(ParsedDiagram.Participant::box)
                .containsExactly(null, "D (pods); old & new", "D (pods); old & new", "Red team", "green");
    }

    private static String arrows() {
        SequenceDiagram d = new SequenceDiagram();
        Participant a = d.participant("a", "A");
        Participant b = d.participant("b", "B");
        d.message(a, b, Arrow.SOLID, Activation.ACTIVATE_TARGET, "POST")
                .message(b, a, Arrow.SOLID_ASYNC, "100 Continue")
                .message(a, b, Arrow.DOTTED_ASYNC, "chunk")
                .message(b, a, Arrow.DOTTED, Activation.DEACTIVATE_SOURCE, "200")
                .message(a, b, Arrow.SOLID_CROSS, "RST")
                .message(b, a, Arrow.DOTTED_CROSS, "502");
        return d.toMermaid();
    }

    @Test
    void writesEveryArrowAndActivation() {
        assertThat(parsed("arrows").types()).containsExactly("SOLID", "ACTIVE_START", "SOLID_POINT", "DOTTED_POINT",
                "DOTTED", "ACTIVE_END", "SOLID_CROSS", "DOTTED_CROSS");
    }

    private static String notes() {
        SequenceDiagram d = new SequenceDiagram();
        Participant a = d.participant("a", "A");
        Participant b = d.participant("b", "B");
        Participant c = d.participant("c", "C");
        d.noteOver(a, "over a").noteOver(a, c, "over a to c").noteLeftOf(b, "left of b").noteRightOf(c, "right of c");
        return d.toMermaid();
    }

    @Test
    void placesNotesOverLeftAndRight() {
        assertThat(parsed("notes").messages()).containsExactly(
                new ParsedDiagram.Message("NOTE", "a", "a", "over a"),
                new ParsedDiagram.Message("NOTE", "a", "c", "over a to c"),
                new ParsedDiagram.Message("NOTE", "b", "b", "left of b"),
                new ParsedDiagram.Message("NOTE", "c", "c", "right of c"));
    }

    private static String blocks() {
        SequenceDiagram d = new SequenceDiagram();
        Participant a = d.participant("a", "A");
        Participant b = d.participant("b", "B");
        Block window = d.rect(Colour.rgba(255, 200, 0, 0.2));
        d.comment("%%{init: {'theme': 'dark'}}%% rollout window");
        try (BranchBlock par = d.par("r1")) {
            Block loop = d.loop("body 50 MB");
            d.message(a, b, Arrow.SOLID_ASYNC, "chunk");
            loop.close();
            par.branch("r2");
            try (BranchBlock critical = d.critical("read timeout 60s")) {
                d.message(a, b, Arrow.SOLID, "GET");
                critical.branch("no reply in 60 s");
                d.message(b, a, Arrow.DOTTED_CROSS, "504");
            }
        }
        try (BranchBlock alt = d.alt("drained in time")) {
            Block keepalive = d.opt("keepalive");
            d.noteOver(a, "reused");
            keepalive.close();
            alt.branch("killed");
            Block stop = d.breakBlock("SIGKILL");
            d.message(b, a, Arrow.DOTTED_CROSS, "RST");
            stop.close();
        }
        window.close();
        return d.toMermaid();
    }

    @Test
    void nestsEveryBlockKind() {
        ParsedDiagram blocks = parsed("blocks");

        assertThat(blocks.types()).containsExactly("RECT_START", "PAR_START", "LOOP_START", "SOLID_POINT", "LOOP_END",
                "PAR_AND", "CRITICAL_START", "SOLID", "CRITICAL_OPTION", "DOTTED_CROSS", "CRITICAL_END", "PAR_END",
                "ALT_START", "OPT_START", "NOTE", "OPT_END", "ALT_ELSE", "BREAK_START", "DOTTED_CROSS", "BREAK_END",
                "ALT_END", "RECT_END");
        assertThat(blocks.texts("PAR_AND")).containsExactly("r2");
        assertThat(blocks.texts("CRITICAL_OPTION")).containsExactly("no reply in 60 s");
    }

    private static String emptyLabels() {
        SequenceDiagram d = new SequenceDiagram();
        Participant a = d.participant("a", "");
        Block loop = d.loop("");
        d.message(a, a, Arrow.SOLID, "");
        loop.close();
        BranchBlock alt = d.alt("");
        d.noteOver(a, "");
        alt.branch("").close();
        return d.toMermaid();
    }

    @Test
    void acceptsEmptyTextsAndEmptyBranches() {
        ParsedDiagram empty = parsed("empty-labels");

        assertThat(empty.labelsById()).containsExactly(Map.entry("a", ""));
        assertThat(empty.types()).containsExactly("LOOP_START", "SOLID", "LOOP_END", "ALT_START", "NOTE", "ALT_ELSE",
                "ALT_END");
        assertThat(empty.messages()).extracting(ParsedDiagram.Message::text).containsOnly("");
    }

    private static String keywordHints() {
        SequenceDiagram d = new SequenceDiagram();
        Participant previous = d.participant("x", "x");
        for (String keyword : ParticipantIds.KEYWORDS) {
            Participant next = d.participant(keyword.toUpperCase(java.util.Locale.ROOT), keyword);
            d.message(previous, next, Arrow.SOLID_CROSS, keyword);
            previous = next;
        }
        return d.toMermaid();
    }

    @Test
    void usesKeywordsOnlyAsLabelsNeverAsIds() {
        ParsedDiagram hints = parsed("keyword-hints");

        assertThat(hints.participants()).hasSize(ParticipantIds.KEYWORDS.size() + 1);
        assertThat(hints.labelsById().values()).containsAll(ParticipantIds.KEYWORDS);
        assertThat(hints.texts("SOLID_CROSS")).hasSize(ParticipantIds.KEYWORDS.size());
    }

    @Test
    void validatorReportsAKeywordUsedAsAnIdWithItsLine() {
        ParsedDiagram broken = parsed.get("broken-by-hand");

        assertThat(broken.ok()).isFalse();
        assertThat(broken.error()).contains("Parse error");
        assertThat(broken.line()).isEqualTo(3);
    }

    @Test
    void validatorListsAParticipantMermaidCreatedFromUnescapedText() {
        assertThat(parsed("quoted-by-hand").labelsById()).containsExactly(Map.entry("A", "A"), Map.entry("A (x)", "A (x)"));
    }
}
