package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.timeline.Marker;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;

/** A timeline marker in a few words: "C rolls", "D switched", "C.2 leaves", "C done", "502 POST-50MB". */
final class MarkerNames {

    private final SimulationResult result;
    private final PlaybackTexts texts;

    MarkerNames(SimulationResult result, PlaybackTexts texts) {
        this.result = result;
        this.texts = texts;
    }

    String name(Marker m) {
        return switch (m.kind()) {
            case DISRUPTION_STARTED -> texts.format("marker.started", hop(m));
            case TRAFFIC_SWITCHED -> texts.format("marker.switched", hop(m));
            case REMOVAL_STARTED -> texts.format("marker.removal", m.instance() >= 0
                    ? result.instances().get(m.instance()).id() : hop(m));
            case DISRUPTION_FINISHED -> texts.format("marker.finished", hop(m));
            case FAILURE -> failure(result.outcomes().get(m.request()));
        };
    }

    private String failure(Outcome o) {
        return texts.format("marker.failure", o.status() == 0 ? texts.get("status.reset") : o.status(), o.requestId());
    }

    private String hop(Marker m) {
        int hop = m.station() >= 0 ? result.stations().get(m.station()).hop() : -1;
        return hop >= 0 ? result.topology().hops().get(hop).id() : "";
    }
}
