package dev.rollscope.model.export.mermaid;

import java.util.HashMap;
import java.util.Map;

/** The participants of one diagram and the activation bars open on each. */
final class Lifelines {

    private final ParticipantIds ids = new ParticipantIds();
    private final Map<String, Participant> participants = new HashMap<>();
    private final Map<String, Integer> openBars = new HashMap<>();

    Participant declare(String idHint, String label) {
        Participant participant = new Participant(ids.allocate(idHint), label);
        participants.put(participant.id(), participant);
        return participant;
    }

    void requireDeclared(Participant participant) {
        if (!participant.equals(participants.get(participant.id()))) {
            throw new IllegalArgumentException("participant " + participant.id() + " (\"" + participant.label()
                    + "\") was not declared in this diagram");
        }
    }

    void activate(Participant participant) {
        openBars.merge(participant.id(), 1, Integer::sum);
    }

    void deactivate(Participant participant) {
        int bars = openBars.getOrDefault(participant.id(), 0);
        if (bars == 0) {
            throw new IllegalStateException("participant " + participant.id() + " (\"" + participant.label()
                    + "\") has no activation to end");
        }
        openBars.put(participant.id(), bars - 1);
    }
}
