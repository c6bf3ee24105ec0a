package dev.rollscope.model.export.mermaid;

/** How a participant is drawn: a box, or a stick figure. */
enum ParticipantKind {
    PARTICIPANT("participant"),
    ACTOR("actor");

    private final String keyword;

    ParticipantKind(String keyword) {
        this.keyword = keyword;
    }

    String keyword() {
        return keyword;
    }
}
