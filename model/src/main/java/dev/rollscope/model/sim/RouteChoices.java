package dev.rollscope.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The routing of one request of a simulation, chosen from outside: at every point where a front
 * picks an instance for it (or its caller may reuse a pooled connection), at the hops named, the
 * simulation takes the option a script gives, and records every option it had. A danger search
 * replays the simulation once per path through these choice points, so that whether a request
 * meets a dying instance no longer depends on the seed or on the other requests.
 *
 * <p>The first choice points follow the script; past its end the simulation takes the choice it
 * would have made anyway (the front's own pick). Forcing a choice does not change what the others
 * see: the front's own pick is still drawn, so round-robin counters and the random source advance
 * exactly as in the plain simulation. Not thread-safe: one instance per simulation.
 */
public final class RouteChoices {

    /** Option value of a choice between pooled connections: open a new connection instead. */
    public static final int NEW_CONNECTION = -1;
    /** The words of {@link #NEW_CONNECTION} in a route: it names no instance. */
    public static final String NEW_CONNECTION_LABEL = "new connection";

    /**
     * One choice point the request met.
     *
     * @param station the station whose front (or whose caller's pool) chose
     * @param options the option values: an instance's index, {@link #NEW_CONNECTION}, or
     *                {@code -2 - id} for the pooled connection {@code id}
     * @param leadsTo per option, the ids of the instances it leads to ({@code D.2}; a pooled
     *                connection's whole path; none for a new connection, whose pick comes next)
     * @param taken   the index in {@code options} that was taken
     */
    public record ChoicePoint(int station, int[] options, String[][] leadsTo, int taken) {

        /** The option taken in words: {@code D.2}, {@code pooled B.1/C.2} or {@code new connection}. */
        public String takenLabel() {
            if (options[taken] == NEW_CONNECTION) {
                return NEW_CONNECTION_LABEL;
            }
            String ids = String.join("/", leadsTo[taken]);
            return options[taken] < NEW_CONNECTION ? "pooled " + ids : ids;
        }
    }

    private final int request;
    private final Set<String> hops;
    private final int[] script;
    private final List<ChoicePoint> points = new ArrayList<>();

    /**
     * @param request index of the routed request in the scenario's requests
     * @param hops    ids of the hops whose picks are choice points
     * @param script  the option values to take at the first choice points, in order
     */
    public RouteChoices(int request, Set<String> hops, int[] script) {
        this.request = request;
        this.hops = Set.copyOf(hops);
        this.script = script.clone();
    }

    /** True when a pick for this request at this hop is a choice point. */
    public boolean branches(int requestIndex, String hopId) {
        return requestIndex == request && hops.contains(hopId);
    }

    /**
     * The option to take at the next choice point, recorded with the options it had.
     *
     * @param usual index in {@code options} of what the simulation would take unscripted
     * @return the option value taken
     * @throws IllegalStateException when the script names an option that is not there: the
     *                               replay diverged from the run that wrote it
     */
    public int choose(int station, int[] options, String[][] leadsTo, int usual) {
        int taken = usual;
        if (points.size() < script.length) {
            taken = indexOf(options, script[points.size()]);
            if (taken < 0) {
                throw new IllegalStateException("route replay diverged at choice " + points.size());
            }
        }
        points.add(new ChoicePoint(station, options, leadsTo, taken));
        return options[taken];
    }

    /** The choice points met, in order. */
    public List<ChoicePoint> points() {
        return List.copyOf(points);
    }

    /** The option values taken, in order: a script that replays this route. */
    public int[] taken() {
        int[] t = new int[points.size()];
        for (int i = 0; i < t.length; i++) {
            ChoicePoint p = points.get(i);
            t[i] = p.options()[p.taken()];
        }
        return t;
    }

    private static int indexOf(int[] options, int value) {
        for (int i = 0; i < options.length; i++) {
            if (options[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
