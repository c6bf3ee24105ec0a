package dev.rollscope.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.units.Scale;
import org.junit.jupiter.api.Test;

/** domain.md §7: a MIG's maxSurge and maxUnavailable default to its number of zones. */
class DerivedDefaultsTest {

    private static Hop zonalMig() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3)
                .with(RolloutSettings.ZONES, 1);
    }

    @Test
    void migSurgeDefaultFollowsItsZones() {
        Hop a = zonalMig().with(RolloutSettings.MAX_SURGE, Scale.count(1));

        assertThat(a.isDefault(RolloutSettings.MAX_SURGE)).isTrue();
        assertThat(a.with(RolloutSettings.MAX_SURGE, Scale.count(3)).isDefault(RolloutSettings.MAX_SURGE)).isFalse();
    }

    @Test
    void migUnavailableDefaultFollowsItsZones() {
        Hop a = zonalMig().with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(1));

        assertThat(a.isDefault(RolloutSettings.MAX_UNAVAILABLE)).isTrue();
    }
}
