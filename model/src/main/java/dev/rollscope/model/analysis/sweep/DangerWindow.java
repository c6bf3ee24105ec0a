package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.units.TimeSpan;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Consecutive start offsets at which the request fails the same way on some route: for the same
 * cause, at the same hop and instance (the status the client sees may differ within a window: a
 * 502 when the cut comes before the response starts, a truncated 200 after). Offsets are those of
 * the sweep's grid: the true edges lie within one step outside {@code [from, to]}.
 *
 * @param from     the first failing offset, ms from the start of the disruption
 * @param to       the last failing offset (equal to {@code from} for a single point)
 * @param sample   the outcome, among the window's, whose fix goes furthest (the longest drain, the
 *                 largest limit): its failure, explanation and fix stand for the whole window
 * @param statuses the statuses the client saw in the window ({@link Outcome#statusText()}), in the
 *                 order they first appear
 * @param routes   the routes on which it failed so ({@link RoutedOutcome#route()}), in the order
 *                 they first appear
 * @param instances the instances it fails on: where it broke, or else the routes it took; empty
 *                 when neither is known
 */
public record DangerWindow(long from, long to, Outcome sample, List<String> statuses, List<String> routes,
                           List<String> instances) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.sweep.sweep";

    public DangerWindow {
        statuses = List.copyOf(statuses);
        routes = List.copyOf(routes);
        instances = List.copyOf(instances);
    }

    public Failure failure() {
        return sample.failure();
    }

    public Cause cause() {
        return sample.failure().cause();
    }

    /** Where it breaks: the hop id of the failure. */
    public String hop() {
        return sample.failure().hop();
    }

    /**
     * The window in words: "fails with 502 at C (DRAIN_ENDED) when it starts between 12.0 s and
     * 58.5 s after the roll of C begins and lands on C.2", in English or Simplified Chinese.
     *
     * @param request     the request's description, e.g. its id
     * @param disruption  the disruption's description, from {@link SweepResult#disruptionText(Locale)}
     */
    public String text(String request, String disruption, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String when = from == to
                ? new MessageFormat(b.getString("window.at"), locale).format(new Object[] {offsetText(from)})
                : new MessageFormat(b.getString("window.between"), locale).format(
                        new Object[] {offsetText(from), offsetText(to)});
        String on = instances.isEmpty() ? ""
                : new MessageFormat(b.getString("window.on"), locale).format(
                        new Object[] {String.join(b.getString("window.or"), instances)});
        return new MessageFormat(b.getString("window"), locale).format(new Object[] {
            request, String.join(" / ", statuses), hop(), Labels.of(locale).name(cause()), when, disruption, on});
    }

    /** An offset as {@code 12.4 s}, {@code -3 s} or {@code 500 ms}. */
    static String offsetText(long offset) {
        String magnitude = TimeSpan.ofMillis(Math.abs(offset)).toHuman();
        return offset < 0 ? "-" + magnitude : magnitude;
    }
}
