package dev.rollscope.model.export.mermaid;

/**
 * An open {@code alt}, {@code par} or {@code critical} block, whose branches are separated by
 * {@code else}, {@code and} or {@code option} respectively.
 */
public final class BranchBlock extends Block {

    BranchBlock(SequenceDiagram diagram, BlockKind kind) {
        super(diagram, kind);
    }

    /**
     * Ends the current branch and starts the next one ({@code else}, {@code and} or
     * {@code option} with {@code label}).
     *
     * @throws IllegalStateException if this block is closed or a block inside it is open
     */
    public BranchBlock branch(String label) {
        diagram().branch(this, label);
        return this;
    }
}
