package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import org.junit.jupiter.api.Test;

/**
 * An engine result's outcomes read field by field ({@link SimulationResult#outcomeFields()}) say
 * what each {@link Outcome} says, for every request of every example's scenarios, among them OK,
 * failed and truncated ones (a truncated response is stored as a negative status).
 */
class OutcomeFieldsTest {

    @Test
    void everyFieldIsTheOutcomesOwn() {
        int ok = 0;
        int failed = 0;
        int truncated = 0;
        for (Project p : Examples.all().values()) {
            for (Scenario s : p.scenarios()) {
                SimulationResult r = Simulator.run(p.topology(), s, SimulationOptions.outcomesOnly());
                OutcomeFields f = r.outcomeFields();
                assertThat(f).isSameAs(r.outcomes());
                assertThat(f.size()).isEqualTo(r.outcomes().size());
                for (int i = 0; i < f.size(); i++) {
                    Outcome o = r.outcomes().get(i);
                    assertThat(new Outcome(f.request(i), o.requestId(), f.ok(i), f.status(i), f.truncated(i),
                            f.start(i), f.end(i), f.attempts(i), f.failure(i))).isEqualTo(o);
                    ok += o.ok() ? 1 : 0;
                    failed += o.ok() ? 0 : 1;
                    truncated += o.truncated() ? 1 : 0;
                }
                assertThat(r.failedCount()).isEqualTo(r.outcomes().stream().filter(o -> !o.ok()).count());
            }
        }
        assertThat(ok).isPositive();
        assertThat(failed).isPositive();
        assertThat(truncated).isPositive();
    }
}
