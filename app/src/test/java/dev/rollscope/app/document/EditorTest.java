package dev.rollscope.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditorTest {

    private final Project abcd = TestProjects.abcd();
    private final Document document = new Document(abcd);
    private final Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));

    @Test
    void settingChangeIsUndoneWithALabelNamingHopAndSetting() {
        changeReadTimeoutOfA(TimeSpan.ofSeconds(95));

        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of A's proxy.upstreamReadTimeout");
        document.commands().undo();
        assertThat(document.project()).isEqualTo(abcd);
    }

    @Test
    void anEditMadeInEnglishIsNamedInChineseWhenAskedInChinese() {
        changeReadTimeoutOfA(TimeSpan.ofSeconds(95));

        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("修改 A 的 proxy.upstreamReadTimeout");
    }

    @Test
    void redoAppliesTheSameChangeAgain() {
        changeReadTimeoutOfA(TimeSpan.ofSeconds(95));
        Project changed = document.project();

        document.commands().undo();
        document.commands().redo();

        assertThat(document.project()).isEqualTo(changed);
    }

    @Test
    void insertSelectsTheNewHopAndUndoRemovesIt() {
        String id = editor.insertHop(1, HopKind.NGINX_L4);

        assertThat(document.selectedHopIdProperty().get()).isEqualTo(id);
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("insertion of E (nginx stream (L4))");
        document.commands().undo();
        assertThat(document.project()).isEqualTo(abcd);
        assertThat(document.selectedHopIdProperty().get()).isNull();
    }

    @Test
    void undoOfADeleteBringsTheHopBackSelected() {
        editor.deleteHop("B");

        document.commands().undo();

        assertThat(document.project()).isEqualTo(abcd);
        assertThat(document.selectedHopIdProperty().get()).isEqualTo("B");
    }

    @Test
    void refusedEditLeavesDocumentAndHistoryUntouched() {
        assertThatThrownBy(() -> editor.deleteHop("D")).isInstanceOf(EditRefusedException.class);

        assertThat(document.project()).isEqualTo(abcd);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void refusalReadsAsASentenceInTheUsersLanguage() {
        EditRefusedException e = new EditRefusedException("refuse.afterApp", "D");

        assertThat(e.message(Messages.of(Locale.ENGLISH)))
                .isEqualTo("Nothing can follow the application D: drop the new hop before it.");
        assertThat(e.message(Messages.of(Locale.SIMPLIFIED_CHINESE))).isEqualTo("应用 D 之后不能再有跳点：请把新跳点放在它前面。");
    }

    private void changeReadTimeoutOfA(TimeSpan value) {
        editor.changeHop("A", ProxySettings.UPSTREAM_READ_TIMEOUT.id(),
                h -> h.with(ProxySettings.UPSTREAM_READ_TIMEOUT, value));
    }
}
