package dev.rollscope.model.export.story;

import dev.rollscope.model.sim.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The requests a scenario diagram draws: all of them when there are few; otherwise the failed
 * ones that started first (up to a limit, in start order whatever their order in the scenario)
 * and an even sample of the OK ones, so that the diagram stays far below
 * Mermaid's 50,000-character limit. Says how many of each it shows.
 *
 * @param shown     the outcomes to draw, by start time
 * @param failed    failed requests in the scenario
 * @param ok        OK requests in the scenario
 * @param shownFailed failed requests drawn
 * @param shownOk   OK requests drawn
 */
record RequestSample(List<Outcome> shown, int failed, int ok, int shownFailed, int shownOk) {

    static final int ALL_UP_TO = 30;
    static final int MAX_FAILED = 40;
    static final int OK_SAMPLE = 10;

    static RequestSample of(List<Outcome> outcomes) {
        List<Outcome> failed = new ArrayList<>();
        List<Outcome> ok = new ArrayList<>();
        for (Outcome o : outcomes) {
            (o.ok() ? ok : failed).add(o);
        }
        if (outcomes.size() <= ALL_UP_TO) {
            return new RequestSample(byStart(new ArrayList<>(outcomes)), failed.size(), ok.size(), failed.size(),
                    ok.size());
        }
        List<Outcome> shown = new ArrayList<>(byStart(failed).subList(0, Math.min(MAX_FAILED, failed.size())));
        int shownFailed = shown.size();
        shown.addAll(evenSample(byStart(ok), OK_SAMPLE));
        return new RequestSample(byStart(shown), failed.size(), ok.size(), shownFailed, shown.size() - shownFailed);
    }

    /** The failed requests drawn, by start. */
    List<Outcome> shownFailures() {
        return shown.stream().filter(o -> !o.ok()).toList();
    }

    /** True when some requests are left out. */
    boolean summarised() {
        return shownFailed + shownOk < failed + ok;
    }

    private static List<Outcome> evenSample(List<Outcome> list, int n) {
        if (list.size() <= n) {
            return list;
        }
        List<Outcome> sample = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sample.add(list.get((int) ((long) i * list.size() / n)));
        }
        return sample;
    }

    private static List<Outcome> byStart(List<Outcome> list) {
        list.sort(Comparator.comparingLong(Outcome::start).thenComparingInt(Outcome::request));
        return list;
    }
}
