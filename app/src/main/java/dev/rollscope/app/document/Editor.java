package dev.rollscope.app.document;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one way views change a {@link Document}: each method builds a {@link ProjectCommand}, named
 * in whichever language its label is shown, and pushes it on the document's undo stack. A refused edit
 * throws ({@link EditRefusedException} or the model's {@link IllegalArgumentException}) and
 * changes nothing.
 */
public final class Editor {

    private final Document document;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();

    public Editor(Document document, Messages messages) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Document document() {
        return document;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * The listeners the views working through this editor put on long-lived objects; removed
     * when the window makes a new editor for another language.
     */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** Inserts a hop of {@code kind} with its defaults at {@code index}, selects it, and returns its id. */
    public String insertHop(int index, HopKind kind) {
        String id = ChainEdits.freshId(document.project().topology());
        String name = messages.name(kind) + " " + id;
        push(m -> m.format("command.insert", id, m.name(kind)), id,
                p -> ChainEdits.insert(p, index, kind, id, name));
        document.select(id);
        return id;
    }

    public void deleteHop(String hopId) {
        push(m -> m.format("command.delete", hopId), hopId, p -> ChainEdits.delete(p, hopId));
    }

    /** Moves a hop to {@code newIndex} of the chain (0 = first). */
    public void reorderHop(String hopId, int newIndex) {
        push(m -> m.format("command.reorder", hopId, newIndex + 1), hopId,
                p -> ChainEdits.reorder(p, hopId, newIndex));
    }

    /** Moves a hop on the canvas only. */
    public void placeHop(String hopId, Position position) {
        push(m -> m.format("command.place", hopId), hopId, p -> ChainEdits.place(p, hopId, position));
    }

    /**
     * Changes one field of a hop.
     *
     * @param field what changes, as the user reads it in the description ("proxy.upstreamReadTimeout")
     */
    public void changeHop(String hopId, String field, UnaryOperator<Hop> change) {
        push(m -> m.format("command.change", hopId, field), hopId, p -> ChainEdits.changeHop(p, hopId, change));
    }

    /**
     * Changes the topology outside its hops (the client, the network).
     *
     * @param field what changes, as the user reads it in the description ("client.upload")
     */
    public void changeTopology(String field, UnaryOperator<Topology> change) {
        push(m -> m.format("command.changeTopology", field), null,
                p -> p.withTopology(change.apply(p.topology())));
    }

    /** The project {@link #changeHop} would produce, without changing anything. */
    public Project preview(String hopId, UnaryOperator<Hop> change) {
        return ChainEdits.changeHop(document.project(), hopId, change);
    }

    /**
     * Makes {@code next} the project, as one undoable change of a hop's field: {@code next} is what
     * {@link #preview} built from the current project, so it is not built again.
     */
    public void changeHop(String hopId, String field, Project next) {
        push(m -> m.format("command.change", hopId, field), hopId, p -> next);
    }

    /** Makes {@code next}, built from the current project, the project as one undoable change of the topology. */
    public void changeTopology(String field, Project next) {
        push(m -> m.format("command.changeTopology", field), null, p -> next);
    }

    private void push(Function<Messages, String> description, String hopId, UnaryOperator<Project> change) {
        document.commands().push(new ProjectCommand(document, description, hopId, change));
    }
}
