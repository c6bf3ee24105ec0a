package dev.rollscope.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UndoActionsTest {

    private final Document document = new Document(TestProjects.abcd());

    @Test
    void labelsSayWhatWillBeUndoneAndRedone() {
        UndoActions actions = new UndoActions(document.commands(), Messages.of(Locale.ENGLISH));
        assertThat(actions.undoLabelProperty().get()).isEqualTo("Undo");

        changeReadTimeout(new Editor(document, Messages.of(Locale.ENGLISH)));
        assertThat(actions.undoLabelProperty().get()).isEqualTo("Undo change of A's proxy.upstreamReadTimeout");

        document.commands().undo();
        assertThat(actions.undoLabelProperty().get()).isEqualTo("Undo");
        assertThat(actions.redoLabelProperty().get()).isEqualTo("Redo change of A's proxy.upstreamReadTimeout");
    }

    @Test
    void chineseLabelsSayInChineseAnEditMadeInEnglish() {
        changeReadTimeout(new Editor(document, Messages.of(Locale.ENGLISH)));
        document.commands().undo();

        UndoActions actions = new UndoActions(document.commands(), Messages.of(Locale.SIMPLIFIED_CHINESE));

        assertThat(actions.redoLabelProperty().get()).isEqualTo("重做修改 A 的 proxy.upstreamReadTimeout");
        document.commands().redo();
        assertThat(actions.undoLabelProperty().get()).isEqualTo("撤销修改 A 的 proxy.upstreamReadTimeout");
    }

    private static void changeReadTimeout(Editor editor) {
        editor.changeHop("A", ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(90)));
    }
}
