package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.ByteSize;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How often an inspector edit builds the project it would give: once per text typed (each
 * keystroke's check), and applying the text last checked builds nothing more. A's
 * client_max_body_size in the abcd project (1 MB by default) is the field.
 */
class ItemModelBuildsTest {

    private final Document document = new Document(TestProjects.abcd());
    private final Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));
    private final CountingBinding binding = new CountingBinding(
            ItemBinding.of("A", HopFields.of(ProxySettings.CLIENT_MAX_BODY_SIZE)));
    private final ItemModel row = new ItemModel(editor, binding, new ItemTexts(editor.messages())
            .forSetting(ProxySettings.CLIENT_MAX_BODY_SIZE, hopA().profile()));

    @Test
    void applyingTheTextJustCheckedBuildsNothingMore() {
        assertThat(row.check("50MB")).isEmpty();
        assertThat(binding.builds).isEqualTo(1);

        assertThat(row.apply("50MB")).isTrue();

        assertThat(binding.builds).isEqualTo(1);
        assertThat(hopA().settings().get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.parse("50MB"));
        assertThat(document.commands().canUndoProperty().get()).isTrue();
    }

    @Test
    void eachKeystrokeBuildsOnceAndTheLastIsApplied() {
        for (String typed : new String[] {"5", "50", "50M", "50MB"}) {
            row.check(typed);
        }
        row.apply("50MB");

        assertThat(binding.builds).isEqualTo(4);
        assertThat(hopA().settings().get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.parse("50MB"));
    }

    @Test
    void applyingWithoutACheckBuildsOnce() {
        row.apply("2MB");

        assertThat(binding.builds).isEqualTo(1);
        assertThat(hopA().settings().get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.parse("2MB"));
    }

    /** A text checked against an older project is built again from the current one, so no edit is lost. */
    @Test
    void aTextCheckedBeforeAnotherEditIsBuiltAgainFromTheNewProject() {
        row.check("50MB");
        editor.changeHop("A", "hop.replicas", h -> h.withReplicas(5));

        row.apply("50MB");

        assertThat(binding.builds).isEqualTo(2);
        assertThat(hopA().replicas()).isEqualTo(5);
        assertThat(hopA().settings().get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.parse("50MB"));
    }

    @Test
    void aRefusedTextIsNotApplied() {
        assertThat(row.apply("huge")).isFalse();

        assertThat(binding.builds).isEqualTo(1);
        assertThat(row.errorProperty().get()).isNotNull();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    private Hop hopA() {
        return document.project().topology().hop("A").orElseThrow();
    }

    /** Counts the projects built from texts. */
    private static final class CountingBinding implements ItemBinding {

        private final ItemBinding real;
        int builds;

        CountingBinding(ItemBinding real) {
            this.real = real;
        }

        @Override
        public String id() {
            return real.id();
        }

        @Override
        public String read(Project project) {
            return real.read(project);
        }

        @Override
        public Optional<String> defaultValue(Project project) {
            return real.defaultValue(project);
        }

        @Override
        public Project preview(Editor editor, String text) {
            builds++;
            return real.preview(editor, text);
        }

        @Override
        public void apply(Editor editor, Project next) {
            real.apply(editor, next);
        }
    }
}
