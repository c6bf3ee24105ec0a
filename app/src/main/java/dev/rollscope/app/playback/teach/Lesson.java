package dev.rollscope.app.playback.teach;

import java.util.Objects;

/**
 * A lesson: an example's scenario, told one event at a time on the hop it is about, stopping
 * before the request in question fails to ask what will happen (choices, one of them right), then
 * showing it. Its words are in the lessons bundle under its id: {@code ID.title}, {@code ID.intro},
 * {@code ID.question}, {@code ID.choice.0}…, {@code ID.reveal}.
 *
 * @param file          the example file it plays
 * @param request       the request the question is about (it fails)
 * @param hop           the hop whose events are told
 * @param choices       how many choices the question has
 * @param answer        the index of the right choice
 * @param failingStatus the status the request fails with (checked against the simulation by the tests)
 */
public record Lesson(String id, String file, String scenario, String request, String hop, int choices, int answer,
                     int failingStatus) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        if (answer < 0 || answer >= choices) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + choices + " choices");
        }
    }
}
