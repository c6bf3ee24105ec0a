package dev.rollscope.model.export.mermaid;

/**
 * An open {@code loop}, {@code opt}, {@code break} or {@code rect} of a {@link SequenceDiagram}.
 * Statements added to the diagram while it is open go inside it, at least one message or note;
 * {@link #close()} writes its {@code end}. Use it in try-with-resources: blocks must close innermost first, and the diagram
 * refuses to produce text while one is open.
 */
public class Block implements AutoCloseable {

    private final SequenceDiagram diagram;
    private final BlockKind kind;
    private boolean filled;
    private boolean closed;

    Block(SequenceDiagram diagram, BlockKind kind) {
        this.diagram = diagram;
        this.kind = kind;
    }

    BlockKind kind() {
        return kind;
    }

    SequenceDiagram diagram() {
        return diagram;
    }

    void markFilled() {
        filled = true;
    }

    boolean isFilled() {
        return filled;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Writes the block's {@code end}.
     *
     * @throws IllegalStateException if a block opened inside this one is still open, or this block
     *                               holds no message or note
     */
    @Override
    public void close() {
        if (!closed) {
            diagram.closeBlock(this);
            closed = true;
        }
    }
}
