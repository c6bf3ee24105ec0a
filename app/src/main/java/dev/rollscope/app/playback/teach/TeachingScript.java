package dev.rollscope.app.playback.teach;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stops of a teaching walk through one simulation: at each time something that matters
 * happens (a disruption step, an instance's life, its front noticing, and, for up to
 * {@link #MAX_TOLD_REQUESTS} requests, each request sent and its verdict) one caption per event,
 * one sentence each; before each time a request fails, a question asking which one will.
 */
public final class TeachingScript {

    /** Above this many requests, single requests are not narrated (a traffic mix). */
    public static final int MAX_TOLD_REQUESTS = 12;

    private TeachingScript() {
    }

    public static List<TeachingStop> of(SimulationResult result, PlaybackTexts texts) {
        Captions captions = new Captions(result, texts);
        boolean tellRequests = result.requests().size() <= MAX_TOLD_REQUESTS;
        Map<Long, List<String>> lines = new TreeMap<>();
        for (TraceEvent e : result.trace().events()) {
            if (e.time() > 0 && (e.request() < 0 || tellRequests)) {
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
