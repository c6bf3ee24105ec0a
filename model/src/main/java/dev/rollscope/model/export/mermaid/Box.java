package dev.rollscope.model.export.mermaid;

/**
 * An open {@code box} of a {@link SequenceDiagram}: a coloured frame around the participants
 * declared through it. Mermaid allows nothing but participant declarations in a box, so the
 * diagram refuses every other statement until the box is closed (use try-with-resources).
 */
public final class Box implements AutoCloseable {

    private final SequenceDiagram diagram;
    private boolean closed;

    Box(SequenceDiagram diagram) {
        this.diagram = diagram;
    }

    /** Declares a participant inside this box; see {@link SequenceDiagram#participant}. */
    public Participant participant(String idHint, String label) {
        checkOpen();
        return diagram.declare(ParticipantKind.PARTICIPANT, idHint, label);
    }

    /** Declares an actor (stick figure) inside this box; see {@link SequenceDiagram#actor}. */
    public Participant actor(String idHint, String label) {
        checkOpen();
        return diagram.declare(ParticipantKind.ACTOR, idHint, label);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this box is closed: declare the participant before closing it");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            diagram.closeBox(this);
            closed = true;
        }
    }
}
