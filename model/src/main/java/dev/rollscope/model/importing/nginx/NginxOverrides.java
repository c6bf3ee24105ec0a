package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The directives on a hop's path that set a setting, with their nesting depth; which of them nginx applies. */
final class NginxOverrides {

    /** A directive that sets {@code target}, {@code depth} blocks deep, read {@code seq}-th. */
    record Candidate(Target target, Object value, Directive directive, int depth, int seq) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    void add(Candidate c) {
        candidates.add(c);
    }

    /** Per setting, the innermost directive wins; outer ones are overridden, a second one in the same block is refused by nginx. */
    void resolve(BiConsumer<Integer, Runnable> later, Findings findings) {
        Map<Target, Candidate> winners = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Candidate w = winners.get(c.target());
            if (w == null || c.depth() > w.depth()) {
                winners.put(c.target(), c);
            }
        }
        for (Candidate c : candidates) {
            Candidate w = winners.get(c.target());
            if (w == c) {
                later.accept(c.seq(), () -> findings.set(c.directive().origin(), c.target(), c.value()));
            } else if (w.depth() == c.depth() && w.directive() != c.directive()) {
                later.accept(c.seq(), () -> findings.notUnderstood(c.directive().origin(), "a second " + c.directive().name()
                        + " in the same block as " + w.directive().origin().where() + "; nginx -t refuses this"));
            } else if (w.directive() != c.directive()) {
                later.accept(c.seq(), () -> findings.irrelevant(c.directive().origin(), "overridden for this hop's requests by "
                        + w.directive().origin().where() + " (" + w.directive().title() + ")"));
            }
        }
    }
}
