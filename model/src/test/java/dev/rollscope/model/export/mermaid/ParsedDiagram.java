package dev.rollscope.model.export.mermaid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the real Mermaid parser made of one diagram (see tools/mermaid/validate.mjs): whether it
 * parsed, the parser's error, and for a sequence diagram what a reader sees: title, participants,
 * boxes and messages, with entity codes decoded and {@code <br/>} as a line break.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParsedDiagram(String id, boolean ok, String error, Integer line, String diagramType, String title,
                     List<Participant> participants, List<Box> boxes, List<Message> messages) {

    public ParsedDiagram {
        participants = participants == null ? List.of() : participants;
        boxes = boxes == null ? List.of() : boxes;
        messages = messages == null ? List.of() : messages;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(String id, String label, String type, String box) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Box(String label, String fill, List<String> participants) {
    }

    /** A message, note or block boundary; {@code type} is Mermaid's LINETYPE name (SOLID, NOTE, LOOP_START...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String type, String from, String to, String text) {
    }

    /** Participant id to the label a reader sees, in declaration order. */
    public Map<String, String> labelsById() {
        return participants.stream().collect(Collectors.toMap(
                Participant::id, Participant::label, (a, b) -> a, LinkedHashMap::new));
    }

    /** The texts of the messages of one type, in order. */
    public List<String> texts(String type) {
        return messages.stream().filter(m -> m.type().equals(type)).map(Message::text).collect(Collectors.toList());
    }

    public List<String> types() {
        return messages.stream().map(Message::type).collect(Collectors.toList());
    }
}
