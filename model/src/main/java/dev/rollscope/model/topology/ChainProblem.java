package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule of {@link Topology#problemOf the chain} that a list of hops breaks, and what breaks it.
 * Its words, in English and Simplified Chinese, are the entries {@code chain.RULE} of the bundle
 * {@code dev/rollscope/model/topology/chain}, filled with {@link #args()}.
 *
 * @param args the hop id, or the counts, that the rule's words name
 */
public record ChainProblem(Rule rule, List<String> args) {

    private static final String BUNDLE = "dev.rollscope.model.topology.chain";

    /** The rules every chain keeps, in the order {@link Topology#problemOf} checks them. */
    public enum Rule {
        /** A chain has at least one hop, the application. Argument: none. */
        NO_HOP,
        /** A chain has at most {@link Topology#MAX_HOPS} hops. Arguments: the maximum, the count. */
        TOO_MANY_HOPS,
        /** Every hop has an id of its own. Argument: the id. */
        DUPLICATE_ID,
        /** The last hop is the application that answers ({@link HopKind#isTerminal()}). Argument: its id. */
        LAST_NOT_APPLICATION,
        /** Only the last hop is an application. Argument: the id of one that is not last. */
        APPLICATION_NOT_LAST,
        /** A hop behind {@link FrontKind#KONG_UPSTREAM} comes right after a Kong hop. Argument: its id. */
        KONG_UPSTREAM_WITHOUT_KONG
    }

    public ChainProblem {
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }

    static ChainProblem of(Rule rule, Object... args) {
        return new ChainProblem(rule, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The broken rule in words, in the given language (English when there is no translation). */
    public String message(Locale locale) {
        return refusal().text(locale);
    }

    /** The broken rule as a refusal of the model, for the exception that refuses such hops. */
    public Refusal refusal() {
        return Refusal.in(BUNDLE, "chain." + rule.name(), args.toArray());
    }
}
