package dev.rollscope.model.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bounds a setting takes from the product it models. */
class SettingBoundsTest {

    /** Kong's services schema: {@code retries} between 0 and 32767 (Kong/kong services.lua). */
    @Test
    void kongRetriesStopWhereKongsSchemaStops() {
        assertThat(ProxySettings.RETRIES.check(32_767)).isEqualTo(32_767);
        assertThat(ProxySettings.RETRIES.check(0)).isZero();
        assertThatThrownBy(() -> ProxySettings.RETRIES.check(32_768)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a whole number from 0 to 32767");
        assertThatThrownBy(() -> ProxySettings.RETRIES.check(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
