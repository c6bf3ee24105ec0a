package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.scenario.Disruption;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
 * @param windows     the failing offsets grouped into windows, in increasing order
 */
public record SweepResult(String requestId, List<Disruption> disruptions, long step, long shift,
                          List<SweepPoint> points, List<DangerWindow> windows) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.sweep.sweep";

    public SweepResult {
        disruptions = List.copyOf(disruptions);
        points = List.copyOf(points);
        windows = List.copyOf(windows);
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
        return disruptions.stream()
                .map(d -> new MessageFormat(b.getString("disruption." + d.kind().name()), locale)
                        .format(new Object[] {String.join(", ", d.hops())}))
                .collect(Collectors.joining(b.getString("disruption.separator")));
    }
}
