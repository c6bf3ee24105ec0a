package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database transaction in a request's diagram (domain.md §16), on the chain of the engine's
 * TransactionTest: Kong, then one D pod (preStop 5 s, grace 30 s) rolled at 0 and killed at 40 000;
 * a POST at 5000 processes on D.1 from 5002 for 40 s. Both diagrams parse with the real Mermaid.
 */
class TransactionDiagramTest {

    private static String diagram(long fromSeconds, long lengthSeconds, Locale locale) {
        Hop c = Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 1)
                .with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0))
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
        Topology t = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(c, d), Layout.EMPTY);
        RequestSpec post = new RequestSpec("POST", "POST", ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null,
                null, TimeSpan.ofMillis(5000), TimeSpan.ofSeconds(40), null)
                .withTransaction(new Transaction(TimeSpan.ofSeconds(fromSeconds), TimeSpan.ofSeconds(lengthSeconds)));
        Scenario s = new Scenario("roll D", "", List.of(new RollOut("D", TimeSpan.ZERO)), List.of(post), null, 1);
        return RequestDiagram.of(Simulator.run(t, s, SimulationOptions.full()), 0,
                ExportOptions.defaults().withLocale(locale));
    }

    @Test
    void theRollbackAndTheCommitAreDrawnOnTheApplication() {
        Map<String, String> diagrams = new LinkedHashMap<>();
        diagrams.put("rollback", diagram(20, 15, Locale.ENGLISH));
        diagrams.put("commit", diagram(10, 15, Locale.ENGLISH));
        diagrams.put("rollback-zh", diagram(20, 15, Locale.SIMPLIFIED_CHINESE));
        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(diagrams);

        for (String name : diagrams.keySet()) {
            assertThat(parsed.get(name).ok()).as("%s parses: %s%n%s", name, parsed.get(name).error(),
                    diagrams.get(name)).isTrue();
        }
        assertThat(parsed.get("rollback").texts("NOTE")).anyMatch(n -> n.contains(
                "D.1: database transaction from t=25.002s, ROLLBACK at t=40.0s (D.1 ended inside it: nothing written)"));
        assertThat(parsed.get("rollback").texts("NOTE")).anyMatch(n -> n.contains("its transaction was rolled back"));
        assertThat(parsed.get("commit").texts("NOTE")).anyMatch(n -> n.contains(
                "D.1: database transaction from t=15.002s, COMMIT at t=30.002s"));
        assertThat(parsed.get("commit").texts("NOTE")).anyMatch(n -> n.contains("cut after commit: the data is written"));
        assertThat(parsed.get("rollback-zh").texts("NOTE")).anyMatch(n -> n.contains("回滚（ROLLBACK）"));
    }
}
