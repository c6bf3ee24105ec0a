package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantIdsTest {

    private final ParticipantIds ids = new ParticipantIds();

    @Test
    void keepsAReadableAsciiHint() {
        assertThat(ids.allocate("client")).isEqualTo("client");
        assertThat(ids.allocate("a_old")).isEqualTo("a_old");
    }

    @Test
    void joinsOtherCharactersIntoOneUnderscore() {
        assertThat(ids.allocate("A (old) / v2")).isEqualTo("A_old_v2");
    }

    @Test
    void prefixesAHintWithoutALeadingLetter() {
        assertThat(ids.allocate("1st")).isEqualTo("P1st");
        assertThat(ids.allocate("客户端")).isEqualTo("P");
        assertThat(ids.allocate("")).isEqualTo("P_2");
    }

    @Test
    void neverStartsWithXWhichMermaidReadsAsAnArrowEnd() {
        assertThat(ids.allocate("xds")).isEqualTo("Pxds");
        assertThat(ids.allocate("X")).isEqualTo("PX");
    }

    @Test
    void neverIsAKeywordInAnyCase() {
        assertThat(ids.allocate("end")).isEqualTo("end_");
        assertThat(ids.allocate("Note")).isEqualTo("Note_");
        assertThat(ids.allocate("PAR_OVER")).isEqualTo("PAR_OVER_");
        assertThat(ids.allocate("ending")).isEqualTo("ending");
    }

    @Test
    void numbersRepeatedHintsIgnoringCase() {
        assertThat(ids.allocate("pod")).isEqualTo("pod");
        assertThat(ids.allocate("pod")).isEqualTo("pod_2");
        assertThat(ids.allocate("POD")).isEqualTo("POD_3");
    }

    @Test
    void skipsANumberAnotherHintAlreadyTook() {
        assertThat(ids.allocate("a_2")).isEqualTo("a_2");
        assertThat(ids.allocate("a")).isEqualTo("a");
        assertThat(ids.allocate("a")).isEqualTo("a_3");
    }

    @Test
    void shortensLongHints() {
        assertThat(ids.allocate("a".repeat(40))).hasSize(32);
    }
}
