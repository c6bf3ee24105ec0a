package dev.rollscope.app.playback.teach;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stops of a teaching walk through one simulation: at each time something that matters
 * happens (a disruption step, an instance's life, its front noticing, and each request sent and its
 * verdict: of every request when there are up to {@link #MAX_TOLD_REQUESTS}, else of one narrated
 * request) one caption per event,
 * one sentence each; before each time a request fails, a question asking which one will.
 */
public final class TeachingScript {

    /** Above this many requests (a traffic mix) only one request is narrated. */
    public static final int MAX_TOLD_REQUESTS = 12;

    private TeachingScript() {
    }

    public static List<TeachingStop> of(SimulationResult result, PlaybackTexts texts) {
        return of(result, texts, -1);
    }

    /**
     * The stops, telling every request when there are at most {@link #MAX_TOLD_REQUESTS}, else only
     * {@code narrated} (the request the user follows), or the first that fails when that is -1.
     */
    public static List<TeachingStop> of(SimulationResult result, PlaybackTexts texts, int narrated) {
        Captions captions = new Captions(result, texts);
        boolean tellRequests = result.requests().size() <= MAX_TOLD_REQUESTS;
        int told = tellRequests ? -1 : narrated >= 0 ? narrated : firstFailing(result);
        Map<Long, List<String>> lines = new TreeMap<>();
        for (TraceEvent e : result.trace().events()) {
            if (e.time() > 0 && (e.request() < 0 || tellRequests || e.request() == told)) {
                captions.sentence(e).ifPresent(s -> lines.computeIfAbsent(e.time(), t -> new ArrayList<>()).add(s));
            }
        }
        List<TeachingStop> stops = new ArrayList<>();
        for (Map.Entry<Long, List<String>> at : lines.entrySet()) {
            if (tellRequests) {
                question(result, texts, at.getKey()).ifPresent(stops::add);
            }
            for (String line : at.getValue()) {
                stops.add(TeachingStop.caption(at.getKey(), line));
            }
        }
        return stops;
    }

    /** The first request to fail, or the first request when none fails. */
    private static int firstFailing(SimulationResult result) {
        return result.outcomes().stream().filter(o -> !o.ok()).min(Comparator.comparingLong(Outcome::end))
                .map(Outcome::request).orElse(0);
    }

    /** The question to ask before time t when some request fails at t. */
    private static Optional<TeachingStop> question(SimulationResult result, PlaybackTexts texts, long t) {
        List<Integer> failing = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Outcome o : result.outcomes()) {
            if (o.end() >= t) {
                open.add(o.request());
                if (!o.ok() && o.end() == t) {
                    failing.add(o.request());
                }
            }
        }
        if (failing.isEmpty() || open.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new TeachingStop(t, texts.get("teach.question"), open, failing));
    }
}
