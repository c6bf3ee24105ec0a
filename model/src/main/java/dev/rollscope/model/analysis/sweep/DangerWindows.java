package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.RouteChoices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a sweep's failures into windows: for each way of failing (the same cause at the same hop
 * and instance), the runs of consecutive offsets at which some route fails that way. Two ways of
 * failing at the same offsets (on D.1 and on D.2) are two windows.
 */
final class DangerWindows {

    private static final LargestFix LARGEST_FIX = new LargestFix();

    private DangerWindows() {
    }

    /**
     * @param points the sweep's points, in increasing offset, one step apart
     * @param skip   a way of failing not to report (the request's failure when nothing is disrupted), or null
     */
    static List<DangerWindow> of(List<SweepPoint> points, Failure skip) {
        Map<String, List<Hit>> byWay = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            for (RoutedOutcome r : points.get(i).routes()) {
                if (!r.ok() && !sameWay(skip, r.outcome().failure())) {
                    byWay.computeIfAbsent(key(r.outcome().failure()), k -> new ArrayList<>())
                            .add(new Hit(i, points.get(i).offset(), r));
                }
            }
        }
        List<DangerWindow> windows = new ArrayList<>();
        for (List<Hit> hits : byWay.values()) {
            int from = 0;
            for (int j = 1; j <= hits.size(); j++) {
                if (j == hits.size() || hits.get(j).index() > hits.get(j - 1).index() + 1) {
                    windows.add(window(hits.subList(from, j)));
                    from = j;
                }
            }
        }
        windows.sort(Comparator.comparingLong(DangerWindow::from).thenComparing(DangerWindow::hop)
                .thenComparing(w -> w.failure().instance()));
        return merged(windows);
    }

    /**
     * Windows of one cause at one hop over the same offsets, on different instances, as one window
     * that names them all (a MIG that removes B.1, B.2 and B.3 at once).
     */
    private static List<DangerWindow> merged(List<DangerWindow> windows) {
        Map<String, DangerWindow> byRange = new LinkedHashMap<>();
        for (DangerWindow w : windows) {
            String k = w.from() + "\u0000" + w.to() + "\u0000" + w.cause() + "\u0000" + w.hop();
            byRange.merge(k, w, DangerWindows::union);
        }
        return List.copyOf(byRange.values());
    }

    private static DangerWindow union(DangerWindow a, DangerWindow b) {
        Set<String> statuses = new LinkedHashSet<>(a.statuses());
        statuses.addAll(b.statuses());
        Set<String> routes = new LinkedHashSet<>(a.routes());
        routes.addAll(b.routes());
        Set<String> instances = new LinkedHashSet<>(a.instances());
        instances.addAll(b.instances());
        Outcome sample = LARGEST_FIX.compare(b.failure(), a.failure()) > 0 ? b.sample() : a.sample();
        return new DangerWindow(a.from(), a.to(), sample, List.copyOf(statuses), List.copyOf(routes),
                List.copyOf(instances));
    }

    private static DangerWindow window(List<Hit> hits) {
        Set<String> statuses = new LinkedHashSet<>();
        Set<String> routes = new LinkedHashSet<>();
        Hit neediest = hits.get(0);
        for (Hit h : hits) {
            statuses.add(h.route().outcome().statusText());
            routes.add(h.route().route());
            if (LARGEST_FIX.compare(h.route().outcome().failure(), neediest.route().outcome().failure()) > 0) {
                neediest = h;
            }
        }
        Failure f = neediest.route().outcome().failure();
        List<String> instances = f.instance().isEmpty()
                ? routes.stream().filter(DangerWindows::namesAnInstance).toList() : List.of(f.instance());
        return new DangerWindow(hits.get(0).offset(), hits.get(hits.size() - 1).offset(),
                neediest.route().outcome(), List.copyOf(statuses), List.copyOf(routes), instances);
    }

    /** True when f fails as the undisturbed request does: the same cause at the same hop. */
    private static boolean sameWay(Failure undisturbed, Failure f) {
        return undisturbed != null && undisturbed.cause() == f.cause() && undisturbed.hop().equals(f.hop());
    }

    private static String key(Failure f) {
        return f.cause() + "\u0000" + f.hop() + "\u0000" + f.instance();
    }

    /** False for a route that met no choice, or only chose new connections: it lands on no instance. */
    private static boolean namesAnInstance(String route) {
        return !route.replace(RouteChoices.NEW_CONNECTION_LABEL, "").replace("→", "").isBlank();
    }

    /** One failing route at one offset (its index among the sweep's points). */
    private record Hit(int index, long offset, RoutedOutcome route) {
    }
}
