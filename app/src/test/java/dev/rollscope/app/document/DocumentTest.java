package dev.rollscope.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.ProxySettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private final Document document = new Document(TestProjects.abcd());
    private final Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));

    @Test
    void anEditMakesTheDocumentDirtyAndUndoingItMakesItCleanAgain() {
        editor.deleteHop("A");
        assertThat(document.isDirty()).isTrue();

        document.commands().undo();

        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void savingMakesTheCurrentStateClean() {
        editor.deleteHop("A");

        document.markSaved();

        assertThat(document.isDirty()).isFalse();
        document.commands().undo();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void deletingTheSelectedHopClearsTheSelection() {
        document.select("B");
        document.selectedSettingProperty().set(ProxySettings.STREAM_IDLE_TIMEOUT);

        editor.deleteHop("B");

        assertThat(document.selectedHopIdProperty().get()).isNull();
        assertThat(document.selectedSettingProperty().get()).isNull();
    }

    @Test
    void selectingAHopWithoutTheSelectedSettingDropsTheSetting() {
        document.select("B");
        document.selectedSettingProperty().set(ProxySettings.STREAM_IDLE_TIMEOUT);

        document.select("A");

        assertThat(document.selectedSettingProperty().get()).isNull();
    }

    @Test
    void selectingAnUnknownIdSelectsNothing() {
        document.select("nope");

        assertThat(document.selectedHop()).isEmpty();
    }

    @Test
    void openingAProjectForgetsHistoryAndIsClean() {
        editor.deleteHop("A");

        document.open(TestProjects.longChain(3, 1));

        assertThat(document.isDirty()).isFalse();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
        assertThat(document.project().topology().hops()).hasSize(3);
    }
}
