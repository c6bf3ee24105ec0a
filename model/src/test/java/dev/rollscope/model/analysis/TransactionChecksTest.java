package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The transaction checks (domain.md §16, §9.10) on both sides of their boundaries. The POST of
 * {@link ChecksBoundaryTest} (1 MB, 8 ms into D, 10 s of processing, 1 ms back: T_req(D) = 10 009
 * ms) with a transaction from 2 s for 3 s: it commits 8 + 5 000 = 5 008 ms after its headers reach
 * D. D (graceful, preStop 5 s, Service propagation 1 s) is rolled: the last request reaches a
 * leaving pod 1 000 ms after deletion, commits at 6 008 and is done at 11 009.
 */
class TransactionChecksTest {

    private static final RequestSpec POST = ChecksBoundaryTest.POST
            .withTransaction(new Transaction(TimeSpan.ofSeconds(2), TimeSpan.ofSeconds(3)));

    private static Hop a() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
    }

    private static Hop d(StopBehaviour stop, long graceMillis) {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1)
                .with(LifecycleSettings.ON_STOP_SIGNAL, stop)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofMillis(graceMillis));
    }

    private static List<Finding> findings(Hop d, RequestSpec r) {
        Scenario s = new Scenario("s", "", List.of(new RollOut("D", TimeSpan.ZERO)), List.of(r), null, 1);
        return Checks.run(ChecksBoundaryTest.ad(a(), d), s).stream()
                .filter(f -> f.check().equals("transaction-rollback") || f.check().equals("cut-after-commit")).toList();
    }

    /** Killed at 6 007 ms the transaction (commit at 6 008) is rolled back; the fix is 7 s. */
    @Test
    void aGracePeriodShorterThanTheCommitRollsItBack() {
        assertThat(findings(d(StopBehaviour.GRACEFUL, 6_007), POST)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("transaction-rollback");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fixes()).containsExactly(new SettingChange("D", "lifecycle.terminationGracePeriod", "7s"));
            assertThat(f.args()).containsExactly("D", "POST", "6.007 s", "6.008 s");
        });
    }

    /** Killed at 6 008 ms it has committed but its response (11 009) is cut: written, reported failed; fix 12 s. */
    @Test
    void aGracePeriodBetweenCommitAndResponseCutsAfterTheCommit() {
        List<Finding> at = findings(d(StopBehaviour.GRACEFUL, 6_008), POST);

        assertThat(at).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("cut-after-commit");
            assertThat(f.fixes()).containsExactly(new SettingChange("D", "lifecycle.terminationGracePeriod", "12s"));
        });
        assertThat(findings(d(StopBehaviour.GRACEFUL, 11_008), POST)).extracting(Finding::check)
                .containsExactly("cut-after-commit");
        assertThat(findings(d(StopBehaviour.GRACEFUL, 11_009), POST)).isEmpty();
    }

    /** A GET that commits and is then cut may be retried: no cut-after-commit for it, but its rollback is reported. */
    @Test
    void anIdempotentRequestIsNotWarnedAboutDuplicates() {
        RequestSpec get = new RequestSpec("GET", "GET", POST.body(), POST.response(), null, null, TimeSpan.ZERO,
                POST.processing(), null).withTransaction(POST.transaction());

        assertThat(findings(d(StopBehaviour.GRACEFUL, 7_000), get)).isEmpty();
        assertThat(findings(d(StopBehaviour.GRACEFUL, 6_000), get)).extracting(Finding::check)
                .containsExactly("transaction-rollback");
    }

    /** An app that exits at once ends when its preStop does (5 000), before the commit: the fix is a graceful stop. */
    @Test
    void anAppThatExitsAtOnceRollsBackAndTheFixIsAGracefulStop() {
        assertThat(findings(d(StopBehaviour.IMMEDIATE, 30_000), POST)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("transaction-rollback");
            assertThat(f.fixes()).containsExactly(new SettingChange("D", "lifecycle.onStopSignal", "GRACEFUL"));
        });
    }

    @Test
    void bothFindingsAreWordedInEnglishAndChinese() {
        for (long grace : new long[] {6_007, 6_008}) {
            Finding f = findings(d(StopBehaviour.GRACEFUL, grace), POST).get(0);
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(f.message(l) + f.fixText(l)).doesNotContain("{").contains("POST");
            }
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("事务");
        }
    }
}
