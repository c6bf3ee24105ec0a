package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.sim.Outcome;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of one request type for every start offset across a scenario's disruptions.
 *
 * @param requestId   the swept request
 * @param disruptions the scenario's disruptions; offsets count from the earliest one's start
 * @param step        ms between two offsets
 * @param shift       ms by which the disruptions were moved later so that the earliest offset
 *                    starts at or after time 0 (0 when the scenario left room enough)
 * @param points      one per offset, in increasing order
 * @param windows     the failing offsets grouped into windows, in increasing order; a failure the
 *                    request meets with nothing disrupted is not among them (see {@link #undisturbed()})
 * @param undisturbed the request's outcome sent alone with nothing disrupted: when it fails, the
 *                    request fails regardless of the disruptions
 * @param hops        the hops whose picks the search walked ({@link RouteSearch#routedHops}): what a
 *                    route's script is replayed at ({@link Sweep#routeOf})
 */
public record SweepResult(String requestId, List<Disruption> disruptions, long step, long shift,
                          List<SweepPoint> points, List<DangerWindow> windows, Outcome undisturbed, Set<String> hops) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.sweep.sweep";

    public SweepResult {
        disruptions = List.copyOf(disruptions);
        points = List.copyOf(points);
        windows = List.copyOf(windows);
        hops = Set.copyOf(hops);
    }

    /**
     * True when the request survives at every offset, on every route, and with nothing disrupted,
     * and every offset's routes were all walked ({@link #complete()}): a cut-off walk is never safe.
     */
    public boolean safe() {
        return windows.isEmpty() && undisturbed.ok() && complete();
    }

    /** True when every offset's routes were all walked (none stopped at {@link RouteSearch#MAX_PATHS}). */
    public boolean complete() {
        return points.stream().allMatch(SweepPoint::complete);
    }

    /** Routes walked in all, over every offset. */
    public long routesWalked() {
        return points.stream().mapToLong(p -> p.routes().size()).sum();
    }

    /**
     * "GET fails regardless of the rollout: 413 at A (BODY_TOO_LARGE) …", or empty when the request
     * survives with nothing disrupted.
     */
    public Optional<String> regardlessText(Locale locale) {
        if (undisturbed.ok()) {
            return Optional.empty();
        }
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return Optional.of(new MessageFormat(b.getString("regardless"), locale).format(new Object[] {
            requestId, undisturbed.statusText(), undisturbed.failure().hop(), Labels.of(locale).name(undisturbed.failure().cause())}));
    }

    /** The first offset swept (ms; negative when the request can start before the disruption). */
    public long firstOffset() {
        return points.get(0).offset();
    }

    /** The last offset swept (ms). */
    public long lastOffset() {
        return points.get(points.size() - 1).offset();
    }

    /** What the offsets count from, in words: "the roll of C", "the node upgrade of C, D". */
    public String disruptionText(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return disruptions.stream().map(d -> text(d, locale))
                .collect(Collectors.joining(b.getString("disruption.separator")));
    }

    /** One disruption in words, e.g. "the roll of D" or "the blue/green switch of D (Service selector)". */
    public static String text(Disruption d, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(b.getString("disruption." + d.kind().name()), locale)
                .format(new Object[] {String.join(", ", d.hops())});
    }
}
