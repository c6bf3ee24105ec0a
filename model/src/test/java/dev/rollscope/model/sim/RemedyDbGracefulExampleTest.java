package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * examples/remedy-db-graceful.json tells what its descriptions say (domain.md §16). The order: a
 * 2 kB POST at 15 s takes 2 ms to reach Kong (10 Mbit/s) and 1 ms on to D, whose processing starts
 * at 15 003; its transaction begins at 20 003 and commits at 30 003; D answers at 35 003 (20 s),
 * the slow order at 55 003 (40 s), and 1 kB of answer reaches the client 1 ms later. D (one pod,
 * 10 s to ready) rolls at 10 s: the new pod is ready and the old one deleted at 20 s; preStop 5 s,
 * SIGTERM at 25 s (graceful), SIGKILL at 20 + 30 = 50 s.
 */
class RemedyDbGracefulExampleTest {

    private static Project load() throws Exception {
        return ProjectFile.read(Path.of("..", "examples", "remedy-db-graceful.json"));
    }

    private static Outcome only(Project p, int scenario) {
        return Simulator.run(p.topology(), p.scenarios().get(scenario)).outcomes().get(0);
    }

    /** The process dies at 25 s, inside the transaction (20 003 to 30 003): rolled back, 502, nothing written. */
    @Test
    void aProcessThatDiesInsideTheTransactionWritesNothing() throws Exception {
        Outcome o = only(load(), 0);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(25_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED);
        assertThat(o.failure().data()).isEqualTo(new DataFate(DataFate.Kind.ROLLED_BACK, "D.1", 20_003, 30_003, false));
    }

    /** Replaced gracefully, the pod finishes the order: committed at 30 003, answered at 35 004, 15 s before SIGKILL. */
    @Test
    void aGracefulReplacementFinishesIt() throws Exception {
        Project p = load();
        Outcome o = only(p, 1);

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(35_004);
        assertThat(errors(p, p.scenarios().get(1))).isEmpty();
    }

    /**
     * The slow order commits at 30 003 but D is killed at 50 000, before its answer at 55 003: 502
     * and the data written. It needed D until 55 004, 35.004 s after deletion: grace 36 s. The static
     * check says the same before any simulation.
     */
    @Test
    void aSlowOrderIsCutAfterItsCommit() throws Exception {
        Project p = load();
        Outcome o = only(p, 2);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(50_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(o.failure().data().kind()).isEqualTo(DataFate.Kind.COMMITTED);
        assertThat(o.failure().fixes()).containsExactly(
                new SettingChange("D", "lifecycle.terminationGracePeriod", "36s"));
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).summary()).endsWith("; cut after commit: the data is written");
        assertThat(errors(p, p.scenarios().get(2))).extracting(Finding::check).contains("cut-after-commit", "grace-period");
    }

    private static List<Finding> errors(Project p, Scenario s) {
        return Checks.run(p.topology(), s).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
