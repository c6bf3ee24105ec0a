package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.DatabaseSettings;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Database pools during a rollout (domain.md §16): D has 3 pods with HikariCP's default pool of 10;
 * maxSurge 25% of 3 rounds up to 1, so 4 pods and 40 connections at once; a blue/green switch runs
 * 6 pods, 60 connections.
 */
class PoolChecksTest {

    private static Hop d(int maxConnections) {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 3)
                .with(DatabaseSettings.MAX_CONNECTIONS, maxConnections);
    }

    private static List<Finding> findings(Hop d, Disruption disruption) {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
        Scenario s = new Scenario("s", "", List.of(disruption), List.of(ChecksBoundaryTest.POST), null, 1);
        return Checks.run(ChecksBoundaryTest.ad(a, d), s).stream()
                .filter(f -> f.check().equals("database-connections")).toList();
    }

    private static final Disruption ROLL = new RollOut("D", TimeSpan.ZERO);

    @Test
    void fortyConnectionsDoNotFitInThirtyNine() {
        assertThat(findings(d(39), ROLL)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.args()).containsExactly("D", "4", "10", "40", "39");
            assertThat(f.fixes()).containsExactly(new SettingChange("D", "database.poolSize", "9"));
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("40 个连接");
        });
        assertThat(findings(d(40), ROLL)).isEmpty();
    }

    @Test
    void anUnknownLimitIsNotChecked() {
        assertThat(DatabaseSettings.MAX_CONNECTIONS.format(d(0).get(DatabaseSettings.MAX_CONNECTIONS))).isEqualTo("0");
        assertThat(findings(d(0), ROLL)).isEmpty();
    }

    @Test
    void aBlueGreenSwitchRunsBothSides() {
        Disruption sw = new BlueGreen(BlueGreen.Method.SELECTOR, "D", TimeSpan.ZERO);

        assertThat(findings(d(59), sw)).singleElement().satisfies(f ->
                assertThat(f.args()).containsExactly("D", "6", "10", "60", "59"));
        assertThat(findings(d(60), sw)).isEmpty();
    }
}
