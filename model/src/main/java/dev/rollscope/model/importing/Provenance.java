package dev.rollscope.model.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a project's imported values came from: one {@link ImportedSetting} per value, and per hop
 * and configuration kind the block where a new directive would go. Kept beside the project file
 * ({@link ProvenanceFile}), so the project format does not change.
 */
public record Provenance(List<ImportedSetting> settings, List<Home> homes) {

    /** The block where a directive the files lack would go for a hop, per context (nginx only). */
    public record Home(String hop, ConfigKind kind, String context, Origin block) {
    }

    public static final Provenance EMPTY = new Provenance(List.of(), List.of());

    public Provenance {
        settings = List.copyOf(settings);
        homes = List.copyOf(homes);
    }

    /** Where the hop's setting (dotted id, or {@code replicas}) was imported from, if it was. */
    public Optional<ImportedSetting> of(String hop, String target) {
        return settings.stream().filter(s -> s.hop().equals(hop) && s.target().equals(target)).findFirst();
    }

    public Optional<Origin> home(String hop, ConfigKind kind, String context) {
        return homes.stream().filter(h -> h.hop().equals(hop) && h.kind() == kind && h.context().equals(context))
                .map(Home::block).findFirst();
    }

    /**
     * This provenance with its file names, which are relative to {@code from}, made relative to
     * {@code to} (absolute when outside it): for a project saved to another directory.
     */
    public Provenance rebase(SourceFiles from, SourceFiles to) {
        UnaryOperator<Origin> move = o -> new Origin(to.display(from.resolve(o.file())), o.line(), o.name());
        return new Provenance(settings.stream().map(s -> new ImportedSetting(s.hop(), s.target(), s.kind(),
                move.apply(s.origin()))).toList(), homes.stream().map(h -> new Home(h.hop(), h.kind(), h.context(),
                move.apply(h.block()))).toList());
    }

    /** This provenance with a newer import's entries replacing those for the same hop setting or home. */
    public Provenance merge(Provenance newer) {
        List<ImportedSetting> s = new ArrayList<>();
        for (ImportedSetting old : settings) {
            if (newer.of(old.hop(), old.target()).isEmpty()) {
                s.add(old);
            }
        }
        s.addAll(newer.settings);
        List<Home> h = new ArrayList<>();
        for (Home old : homes) {
            if (newer.homes.stream().noneMatch(n -> n.hop().equals(old.hop()) && n.kind() == old.kind())) {
                h.add(old);
            }
        }
        h.addAll(newer.homes);
        return new Provenance(s, h);
    }
}
