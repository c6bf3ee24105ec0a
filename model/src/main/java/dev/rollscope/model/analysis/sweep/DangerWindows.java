package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Failure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Groups a sweep's failing offsets into windows: runs of offsets that fail at the same hop for the same cause. */
final class DangerWindows {

    private final List<DangerWindow> windows = new ArrayList<>();
    private static final LargestFix LARGEST_FIX = new LargestFix();

    private final Set<String> statuses = new LinkedHashSet<>();
    private SweepPoint first;
    private SweepPoint last;
    private SweepPoint neediest;

    private DangerWindows() {
    }

    static List<DangerWindow> of(List<SweepPoint> points) {
        DangerWindows w = new DangerWindows();
        for (SweepPoint p : points) {
            w.add(p);
        }
        w.close();
        return w.windows;
    }

    private void add(SweepPoint p) {
        if (first != null && (p.ok() || !sameFailure(first.outcome().failure(), p.outcome().failure()))) {
            close();
        }
        if (!p.ok()) {
            first = first == null ? p : first;
            last = p;
            if (neediest == null || LARGEST_FIX.compare(p.outcome().failure(), neediest.outcome().failure()) > 0) {
                neediest = p;
            }
            statuses.add(p.outcome().statusText());
        }
    }

    private void close() {
        if (first != null) {
            windows.add(new DangerWindow(first.offset(), last.offset(), neediest.outcome(), List.copyOf(statuses)));
        }
        first = null;
        neediest = null;
        statuses.clear();
    }

    private static boolean sameFailure(Failure x, Failure y) {
        return x.cause() == y.cause() && Objects.equals(x.hop(), y.hop());
    }
}
