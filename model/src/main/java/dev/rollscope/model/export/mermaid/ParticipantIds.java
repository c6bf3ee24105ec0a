package dev.rollscope.model.export.mermaid;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the participant ids of one diagram from readable hints ({@code "a-old"} gives
 * {@code a_old}). Every id matches {@code [A-Za-z][A-Za-z0-9_]*}, does not start with {@code x}
 * or {@code X} (Mermaid can read {@code -x} as an arrow), is no word of the sequence-diagram
 * grammar in any letter case, and differs from every other id of the diagram ignoring case.
 */
public final class ParticipantIds {

    /** The words of Mermaid 11's sequence-diagram lexer, plus the parts of "left of"/"right of". */
    static final Set<String> KEYWORDS = Set.of(
            "accdescr", "acctitle", "activate", "actor", "alt", "and", "as", "autonumber", "box", "break",
            "create", "critical", "deactivate", "destroy", "details", "else", "end", "left", "link", "links",
            "loop", "note", "of", "off", "opt", "option", "over", "par", "par_over", "participant",
            "properties", "rect", "right", "sequencediagram", "title");
    private static final int MAX_LENGTH = 32;
    private static final String FALLBACK = "P";

    private final Set<String> taken = new HashSet<>();

    /** A new id built from the ASCII letters and digits of {@code hint}, unique in this diagram. */
    public String allocate(String hint) {
        String base = base(hint);
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    static String base(String hint) {
        String id = hint.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.length() > MAX_LENGTH) {
            id = id.substring(0, MAX_LENGTH);
        }
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || Character.toLowerCase(id.charAt(0)) == 'x') {
            id = FALLBACK + id;
        }
        return KEYWORDS.contains(id.toLowerCase(Locale.ROOT)) ? id + "_" : id;
    }
}
