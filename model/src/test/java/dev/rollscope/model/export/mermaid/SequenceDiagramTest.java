package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SequenceDiagramTest {

    private final SequenceDiagram diagram = new SequenceDiagram();

    @Test
    void writesHeaderTitleAndAutonumberBeforeTheStatements() {
        Participant client = diagram.title("Upload; 50 MB").autonumber(true).actor("client", "Client");

        diagram.message(client, client, Arrow.SOLID, "tick");

        assertThat(diagram.toMermaid()).isEqualTo("""
                sequenceDiagram
                    title Upload#59; 50 MB
                    autonumber
                    actor client as Client
                    client->>client: tick
                """);
    }

    @Test
    void writesBoxesWithTheirColourAndEscapedTitle() {
        try (Box box = diagram.box("D (pods)", Colour.rgb(1, 2, 3))) {
            box.participant("d-old", "D old");
        }
        try (Box box = diagram.box("", Colour.TRANSPARENT)) {
            box.participant("d-new", "D new");
        }

        assertThat(diagram.toMermaid()).isEqualTo("""
                sequenceDiagram
                    box rgb(1, 2, 3) D #40;pods#41;
                        participant d_old as D old
                    end
                    box transparent
                        participant d_new as D new
                    end
                """);
    }

    @Test
    void writesEveryArrowWithItsActivation() {
        Participant a = diagram.participant("a", "A");
        Participant b = diagram.participant("b", "B");

        diagram.message(a, b, Arrow.SOLID, Activation.ACTIVATE_TARGET, "POST")
                .message(b, a, Arrow.SOLID_ASYNC, "chunk")
                .message(a, b, Arrow.DOTTED_ASYNC, "ack")
                .message(a, b, Arrow.SOLID_CROSS, "reset")
                .message(a, b, Arrow.DOTTED_CROSS, "lost")
                .message(b, a, Arrow.DOTTED, Activation.DEACTIVATE_SOURCE, "200");

        assertThat(diagram.toMermaid()).endsWith("""
                    a->>+b: POST
                    b-)a: chunk
                    a--)b: ack
                    a-xb: reset
                    a--xb: lost
                    b-->>-a: 200
                """);
    }

    @Test
    void writesNotesInEveryPlacement() {
        Participant a = diagram.participant("a", "A");
        Participant b = diagram.participant("b", "B");

        diagram.noteOver(a, "t=1s").noteOver(a, b, "drain").noteLeftOf(a, "left").noteRightOf(b, "right");

        assertThat(diagram.toMermaid()).endsWith("""
                    Note over a: t=1s
                    Note over a,b: drain
                    Note left of a: left
                    Note right of b: right
                """);
    }

    @Test
    void indentsNestedBlocksAndSeparatesBranches() {
        Participant a = diagram.participant("a", "A");
        Block rect = diagram.rect(Colour.rgba(255, 0, 0, 0.1));
        try (BranchBlock alt = diagram.alt("200")) {
            diagram.noteOver(a, "ok");
            alt.branch("502");
            Block loop = diagram.loop("every 1s");
            diagram.comment("retry");
            diagram.noteOver(a, "again");
            loop.close();
        }
        rect.close();

        assertThat(diagram.toMermaid()).endsWith("""
                    rect rgba(255, 0, 0, 0.1)
                        alt 200
                            Note over a: ok
                        else 502
                            loop every 1s
                                %% retry
                                Note over a: again
                            end
                        end
                    end
                """);
    }

    @Test
    void writesTheKeywordsOfEveryBlockKind() {
        Participant a = diagram.participant("a", "A");
        List<Supplier<Block>> openers = List.of(() -> diagram.opt("o"), () -> diagram.breakBlock("b"),
                () -> diagram.par("p").branch("q"), () -> diagram.critical("c").branch("timeout"));
        for (Supplier<Block> opener : openers) {
            Block block = opener.get();
            diagram.noteOver(a, "n");
            block.close();
        }

        assertThat(diagram.toMermaid()).contains("opt o\n", "break b\n", "par p\n", "and q\n", "critical c\n",
                "option timeout\n");
    }

    @Test
    void refusesTextWhileABlockIsOpen() {
        diagram.loop("forever");

        assertThatThrownBy(diagram::toMermaid).isInstanceOf(IllegalStateException.class).hasMessageContaining("loop");
    }

    @Test
    void refusesToCloseAnOuterBlockBeforeAnInnerOne() {
        Block outer = diagram.loop("outer");
        diagram.opt("inner");

        assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("opt");
    }

    @Test
    void writesBlockLabelsWithEntityCodesAsSeparateWords() {
        Participant a = diagram.participant("a", "A");
        Block loop = diagram.loop("x=1;y=2");
        diagram.noteOver(a, "n");
        loop.close();

        assertThat(diagram.toMermaid()).contains("    loop x=1 #59; y=2\n");
    }

    @Test
    void refusesToCloseABlockWithoutAMessageOrNote() {
        Block loop = diagram.loop("idle");
        diagram.comment("nothing happens");

        assertThatThrownBy(loop::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("empty");
    }

    @Test
    void countsAMessageInANestedBlockForTheOuterBlock() {
        Participant a = diagram.participant("a", "A");
        Block rect = diagram.rect(Colour.TRANSPARENT);
        Block loop = diagram.loop("inner");
        diagram.message(a, a, Arrow.SOLID, "m");
        loop.close();
        rect.close();

        assertThat(diagram.toMermaid()).endsWith("        end\n    end\n");
    }

    @Test
    void refusesABranchOnAClosedBlock() {
        Participant a = diagram.participant("a", "A");
        BranchBlock alt = diagram.alt("a");
        diagram.noteOver(a, "n");
        alt.close();

        assertThatThrownBy(() -> alt.branch("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesMessagesInsideABox() {
        Box box = diagram.box("A", Colour.TRANSPARENT);
        Participant a = box.participant("a", "A");

        assertThatThrownBy(() -> diagram.message(a, a, Arrow.SOLID, "m"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("box");
    }

    @Test
    void refusesABoxInsideABlock() {
        diagram.loop("l");

        assertThatThrownBy(() -> diagram.box("A", Colour.TRANSPARENT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToEndAnActivationThatIsNotOpen() {
        Participant a = diagram.participant("a", "A");
        Participant b = diagram.participant("b", "B");
        diagram.message(a, b, Arrow.SOLID, Activation.ACTIVATE_TARGET, "call");

        assertThatThrownBy(() -> diagram.message(a, b, Arrow.DOTTED, Activation.DEACTIVATE_SOURCE, "back"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
    }

    @Test
    void refusesAParticipantOfAnotherDiagram() {
        Participant foreign = new SequenceDiagram().participant("a", "A");
        Participant own = diagram.participant("b", "B");

        assertThatThrownBy(() -> diagram.message(own, foreign, Arrow.SOLID, "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not declared");
    }

    @Test
    void givesEachParticipantItsOwnId() {
        Participant first = diagram.participant("pod", "pod 1");
        Participant second = diagram.participant("pod", "pod 2");

        assertThat(first.id()).isNotEqualTo(second.id());
    }
}
