package dev.rollscope.app.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.app.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final CommandStack stack = new CommandStack();
    private final List<String> log = new ArrayList<>();

    @Test
    void pushExecutesAndOffersTheCommandForUndo() {
        Logged rename = new Logged("rename A");
        stack.push(rename);

        assertThat(log).containsExactly("do rename A");
        assertThat(stack.canUndoProperty().get()).isTrue();
        assertThat(stack.undoCommandProperty().get()).isSameAs(rename);
        assertThat(stack.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoThenRedoReplayTheLastCommandInOrder() {
        Logged one = new Logged("one");
        Logged two = new Logged("two");
        stack.push(one);
        stack.push(two);

        stack.undo();
        stack.undo();
        stack.redo();

        assertThat(log).containsExactly("do one", "do two", "undo two", "undo one", "redo one");
        assertThat(stack.undoCommandProperty().get()).isSameAs(one);
        assertThat(stack.redoCommandProperty().get()).isSameAs(two);
    }

    @Test
    void pushAfterUndoDropsTheRedoStack() {
        stack.push(new Logged("one"));
        stack.undo();

        stack.push(new Logged("two"));

        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.redoCommandProperty().get()).isNull();
    }

    @Test
    void everyStepBumpsTheRevisionOnce() {
        long start = stack.revisionProperty().get();

        stack.push(new Logged("one"));
        stack.undo();
        stack.redo();

        assertThat(stack.revisionProperty().get()).isEqualTo(start + 3);
    }

    @Test
    void aCommandThatThrowsIsNotPushedAndLeavesTheRevision() {
        long start = stack.revisionProperty().get();
        Command failing = new Logged("bad") {
            @Override
            public void execute() {
                throw new IllegalArgumentException("refused");
            }
        };

        assertThatThrownBy(() -> stack.push(failing)).hasMessage("refused");
        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.revisionProperty().get()).isEqualTo(start);
    }

    @Test
    void pushingFromInsideARevisionListenerThrows() {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        stack.revisionProperty().addListener((obs, old, now) -> {
            try {
                stack.push(new Logged("nested"));
            } catch (IllegalStateException e) {
                thrown.set(e);
            }
        });

        stack.push(new Logged("outer"));

        assertThat(thrown.get()).hasMessageContaining("while another one runs");
        assertThat(log).containsExactly("do outer");
    }

    @Test
    void undoingFromInsideACommandThrows() {
        stack.push(new Logged("one"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();

        stack.push(new Logged("two") {
            @Override
            public void execute() {
                try {
                    stack.undo();
                } catch (IllegalStateException e) {
                    thrown.set(e);
                }
            }
        });

        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoWithNothingDoneThrows() {
        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
    }

    @Test
    void savePointFollowsUndoAndRedo() {
        stack.push(new Logged("one"));
        stack.markSavePoint();
        assertThat(stack.atSavePointProperty().get()).isTrue();

        stack.push(new Logged("two"));
        assertThat(stack.atSavePointProperty().get()).isFalse();

        stack.undo();
        assertThat(stack.atSavePointProperty().get()).isTrue();

        stack.undo();
        assertThat(stack.atSavePointProperty().get()).isFalse();
    }

    @Test
    void aDiscardedSavedStateNeverCountsAsSavedAgain() {
        stack.push(new Logged("one"));
        stack.markSavePoint();
        stack.undo();

        stack.push(new Logged("two"));
        stack.undo();

        assertThat(stack.atSavePointProperty().get()).isFalse();
    }

    @Test
    void clearForgetsHistoryAndIsAtTheSavePoint() {
        stack.push(new Logged("one"));

        stack.clear();

        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.atSavePointProperty().get()).isTrue();
    }

    @Test
    void aForgottenSavePointStaysUnsavedThroughUndoUntilTheNextSave() {
        stack.forgetSavePoint();
        assertThat(stack.atSavePointProperty().get()).isFalse();

        stack.push(new Logged("one"));
        stack.undo();
        assertThat(stack.atSavePointProperty().get()).isFalse();

        stack.markSavePoint();
        assertThat(stack.atSavePointProperty().get()).isTrue();
    }

    private class Logged implements Command {
        private final String name;

        Logged(String name) {
            this.name = name;
        }

        @Override
        public void execute() {
            log.add("do " + name);
        }

        @Override
        public void undo() {
            log.add("undo " + name);
        }

        @Override
        public void redo() {
            log.add("redo " + name);
        }

        @Override
        public String description(Messages messages) {
            return name;
        }
    }
}
