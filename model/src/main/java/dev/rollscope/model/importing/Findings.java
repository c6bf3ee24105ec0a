package dev.rollscope.model.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers of one import found, in file order: values to set on the hop, and directives
 * or fields that set nothing (irrelevant or not understood). {@link HopImport} turns them into a
 * project and a report.
 */
public final class Findings {

    /** One thing found: a value to set, or a report line that sets nothing. */
    public interface Entry {
    }

    /** A value for a hop's setting (not yet checked), from a directive or field. */
    public record Assignment(Origin origin, Target target, Object value) implements Entry {
    }

    /** A directive or field that sets nothing. */
    public record Note(ReportLine line) implements Entry {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Origin> homes = new LinkedHashMap<>();
    private final ConfigKind kind;

    public Findings(ConfigKind kind) {
        this.kind = kind;
    }

    public ConfigKind kind() {
        return kind;
    }

    public void set(Origin origin, Target target, Object value) {
        entries.add(new Assignment(origin, target, value));
    }

    public void irrelevant(Origin origin, String why) {
        entries.add(new Note(new ReportLine(ReportLine.Kind.IRRELEVANT, origin, why)));
    }

    public void notUnderstood(Origin origin, String why) {
        entries.add(new Note(new ReportLine(ReportLine.Kind.NOT_UNDERSTOOD, origin, why)));
    }

    /**
     * Records the block where a directive the files do not have yet would go for this hop, for
     * fixes given as diffs: in nginx, context {@code proxy} is the location (or stream server)
     * that serves the hop's requests and {@code upstream} the upstream block it proxies to; for
     * gcloud, the names and scopes of the resources read ({@code GcloudNames}), for the commands.
     */
    public void home(String context, Origin block) {
        homes.put(context, block);
    }

    /** How many entries there are, to sort the ones a file adds with {@link #sortByLineFrom}. */
    public int size() {
        return entries.size();
    }

    /** Sorts the entries from index {@code start} on by line (stable), so a file's report reads top to bottom. */
    public void sortByLineFrom(int start) {
        List<Entry> tail = new ArrayList<>(entries.subList(start, entries.size()));
        tail.sort(java.util.Comparator.comparingInt(Findings::line));
        entries.subList(start, entries.size()).clear();
        entries.addAll(tail);
    }

    private static int line(Entry e) {
        return e instanceof Assignment ? ((Assignment) e).origin().line() : ((Note) e).line().origin().line();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The blocks recorded by {@link #home}, by context. */
    public Map<String, Origin> homes() {
        return Map.copyOf(homes);
    }
}
