package dev.rollscope.model.importing;

/**
 * One line of an {@link ImportReport}: what the import did with one directive or field.
 *
 * @param kind   applied, irrelevant, not understood, or a conflict between files
 * @param origin where the directive or field is
 * @param text   what happened, e.g. {@code A.proxy.clientMaxBodySize = 50MB (was 1MiB, the default)}
 */
public record ReportLine(Kind kind, Origin origin, String text) {

    /** What the import did with a directive or field. */
    public enum Kind {
        /** Its value was set on the hop. */
        APPLIED,
        /** Understood, and does not change what Rollscope simulates (or is overridden). */
        IRRELEVANT,
        /** Not understood: Rollscope does not know what it does, so it was not applied. */
        NOT_UNDERSTOOD,
        /** Two files set the same setting to different values; the later file wins. */
        CONFLICT
    }

    /** {@code APPLIED  file:12  client_max_body_size: A.proxy.clientMaxBodySize = 50MB (was 1MiB, the default)}. */
    public String format() {
        String label = kind.name().replace('_', ' ');
        return String.format("%-14s %s  %s: %s", label, origin.where(), origin.name(), text);
    }
}
