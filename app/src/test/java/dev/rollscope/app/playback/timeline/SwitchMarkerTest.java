package dev.rollscope.app.playback.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline of remedy-blue-green's "blue/green D": the switch starts at 55 000, green is ready
 * and the selector switches at 65 000, the three old pods leave at 65 000 + 60 000 = 125 000.
 */
class SwitchMarkerTest {

    @Test
    void theSwitchIsMarkedBetweenTheStartAndTheOldPodsLeaving() {
        List<Marker> markers = Marker.of(Examples.run("remedy-blue-green.json", "blue/green D"));

        assertThat(markers).filteredOn(m -> m.kind() != Marker.Kind.REMOVAL_STARTED)
                .extracting(Marker::time, Marker::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(55_000L, Marker.Kind.DISRUPTION_STARTED),
                        org.assertj.core.groups.Tuple.tuple(65_000L, Marker.Kind.TRAFFIC_SWITCHED),
                        org.assertj.core.groups.Tuple.tuple(125_000L, Marker.Kind.DISRUPTION_FINISHED));
        assertThat(markers).filteredOn(m -> m.kind() == Marker.Kind.REMOVAL_STARTED)
                .extracting(Marker::time).containsExactly(125_000L, 125_000L, 125_000L);
    }
}
