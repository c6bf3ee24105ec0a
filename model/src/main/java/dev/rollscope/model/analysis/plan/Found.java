package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.RouteSearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What one search for a request's failures found: a danger search across a disruption (every
 * start offset and routing choice), or, in a scenario that disrupts nothing, the request at its own
 * start on every route that can matter ({@link Sweep#calm}: where no instance changes, its start
 * cannot, and routing only where an instance holds the request's state, as a resumable upload on
 * its pod's own storage; otherwise the request's one simulation).
 *
 * @param requestId the request
 * @param sweep     the danger search, or null in a scenario that disrupts nothing
 * @param calm      the request's routes in a scenario that disrupts nothing, or null
 */
public record Found(String requestId, SweepResult sweep, SweepPoint calm) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.plan.plan";

    public static Found of(SweepResult sweep) {
        return new Found(sweep.requestId(), sweep, null);
    }

    /** The request's routes in a scenario that disrupts nothing. */
    public static Found of(SweepPoint calm) {
        return new Found(calm.outcome().requestId(), null, calm);
    }

    /** The request's one simulation in a scenario that disrupts nothing (one route, no choice point). */
    public static Found of(Outcome calm) {
        return of(SweepPoint.alone(calm));
    }

    /**
     * True when nothing fails and the search was complete: every route of every start offset walked.
     * A search stopped at {@link RouteSearch#MAX_PATHS} routes proves nothing about the rest
     * ({@link #unfinished()}).
     */
    public boolean safe() {
        return failures().isEmpty() && complete();
    }

    /** True when every route of every start offset was walked (none stopped at {@link RouteSearch#MAX_PATHS}). */
    public boolean complete() {
        return sweep != null ? sweep.complete() : calm.complete();
    }

    /**
     * True when nothing fails on the routes walked but the walk stopped at {@link RouteSearch#MAX_PATHS}
     * routes with routes left: neither safe nor a danger found, "not fully searched".
     */
    public boolean unfinished() {
        return failures().isEmpty() && !complete();
    }

    /**
     * True when, with nothing disrupted, the search walked choice points (the request keeps state
     * on an instance), so that it may fail on a route the scenario's own simulation did not take.
     */
    public boolean routed() {
        return calm != null && calm.routes().stream().anyMatch(r -> !r.script().isEmpty());
    }

    /** The failures found, in the order a plan takes them: with nothing disrupted first, then each window's. */
    public List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        if (sweep == null) {
            if (!calm.ok()) {
                out.add(calm.outcome().failure());
            }
            return out;
        }
        if (!sweep.undisturbed().ok()) {
            out.add(sweep.undisturbed().failure());
        }
        sweep.windows().stream().map(DangerWindow::failure).forEach(out::add);
        return out;
    }

    /**
     * What still fails, in words: the first window, the failure regardless of the roll, the routed
     * failure with nothing disrupted ({@link #routedText}), or the calm failure; when nothing fails
     * on the routes walked but the walk was cut off, {@link #unfinishedText}.
     */
    public String stillFailing(Locale locale) {
        if (unfinished()) {
            return unfinishedText(locale);
        }
        if (sweep == null) {
            if (calm.ok()) {
                return "";
            }
            return routed() ? routedText(locale) : requestId + ": " + Explanation.of(calm.outcome().failure(), locale).summary();
        }
        String disruption = sweep.disruptionText(locale);
        return sweep.regardlessText(locale).orElseGet(() -> sweep.windows().stream().findFirst()
                .map(w -> w.text(requestId, disruption, locale)).orElse(""));
    }

    /**
     * The first failing route with nothing disrupted: "UP fails with 404 at D (…) with nothing
     * disrupted, on route D.1 → D.2 (one of 6 routes searched, 4 failing): …", or "" when none fails.
     */
    public String routedText(Locale locale) {
        if (calm == null || calm.ok()) {
            return "";
        }
        Outcome o = calm.outcome();
        long failing = calm.routes().stream().filter(r -> !r.ok()).count();
        return text("found.routed", locale, requestId, o.statusText(), o.failure().hop(),
                Labels.of(locale).name(o.failure().cause()), calm.route(), calm.routes().size(), failing,
                Explanation.of(o.failure(), locale).summary());
    }

    /**
     * Why the request is not called safe though nothing searched fails, or "" when the search was
     * complete: "UP is not fully searched: at 1 of 1 start offsets the walk stopped at 2,048 routes …,
     * up to 12 choice points on a route …; reduce …".
     */
    public String unfinishedText(Locale locale) {
        if (complete()) {
            return "";
        }
        List<SweepPoint> points = sweep != null ? sweep.points() : List.of(calm);
        List<SweepPoint> cut = points.stream().filter(p -> !p.complete()).toList();
        long walked = points.stream().mapToLong(p -> p.routes().size()).sum();
        int choices = cut.stream().flatMap(p -> p.routes().stream()).mapToInt(r -> r.script().size()).max().orElse(0);
        return text("found.unfinished", locale, requestId, cut.size(), points.size(), RouteSearch.MAX_PATHS, choices,
                walked);
    }

    private static String text(String key, Locale locale, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
