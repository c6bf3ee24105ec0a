package dev.rollscope.app.inspector;

import dev.rollscope.app.document.Editor;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import java.util.Optional;

/** Where an inspector row's value lives in the project, and how text becomes a change of it. */
interface ItemBinding {

    /** The field id ({@code proxy.sendTimeout}, {@code hop.name}, {@code client.upload}). */
    String id();

    String read(Project project);

    /** The formatted default, or empty when the field has none. */
    Optional<String> defaultValue(Project project);

    /** The project the text would give from the current one. @throws RuntimeException when the text is refused */
    Project preview(Editor editor, String text);

    /** Makes {@code next}, what {@link #preview} gave from the current project, the project as one undoable command. */
    void apply(Editor editor, Project next);

    /** A row of one field of a hop. */
    static ItemBinding of(String hopId, HopField field) {
        return new ItemBinding() {
            @Override
            public String id() {
                return field.id();
            }

            @Override
            public String read(Project project) {
                return field.read().apply(hop(project));
            }

            @Override
            public Optional<String> defaultValue(Project project) {
                return field.defaultValue().apply(hop(project));
            }

            @Override
            public Project preview(Editor editor, String text) {
                return editor.preview(hopId, h -> field.write().apply(h, text));
            }

            @Override
            public void apply(Editor editor, Project next) {
                editor.changeHop(hopId, field.id(), next);
            }

            private Hop hop(Project project) {
                return project.topology().hop(hopId).orElseThrow();
            }
        };
    }

    /** A row of one field of the topology itself (the client, the network). */
    static ItemBinding of(TopologyField field) {
        return new ItemBinding() {
            @Override
            public String id() {
                return field.id();
            }

            @Override
            public String read(Project project) {
                return field.read().apply(project.topology());
            }

            @Override
            public Optional<String> defaultValue(Project project) {
                return Optional.of(field.defaultValue());
            }

            @Override
            public Project preview(Editor editor, String text) {
                return editor.document().project().withTopology(field.write().apply(
                        editor.document().project().topology(), text));
            }

            @Override
            public void apply(Editor editor, Project next) {
                editor.changeTopology(field.id(), next);
            }
        };
    }
}
