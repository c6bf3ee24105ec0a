package dev.rollscope.app.playback.teach;

import java.util.List;

/**
 * A place where the teaching walk pauses: a caption at a time, or a question before a failure.
 *
 * @param caption  what happened, in plain words (for a question: the question)
 * @param choices  for a question, the requests to choose from; empty for a caption
 * @param failing  for a question, the requests that do fail; empty for a caption
 */
public record TeachingStop(long time, String caption, List<Integer> choices, List<Integer> failing) {

    public TeachingStop {
        choices = List.copyOf(choices);
        failing = List.copyOf(failing);
    }

    static TeachingStop caption(long time, String caption) {
        return new TeachingStop(time, caption, List.of(), List.of());
    }

    public boolean isQuestion() {
        return !choices.isEmpty();
    }
}
