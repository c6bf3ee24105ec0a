package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.applyFixes;
import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.oneByOne;
import static dev.rollscope.model.sim.Fixtures.only;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A request's database transaction when the application pod under it ends (domain.md §16). The
 * chain of {@code DrainAndStopTest.gracePeriodKillsLongRequest}: Kong (GFE budget 300 s) in front of
 * one D pod, preStop 5 s, grace 30 s, rolled at 0: the old pod D.1 is deleted at 10 000 and killed
 * at 40 000. A POST of 1 kB at 5000 reaches D at 5001 and has its body at 5002, when its 40 s of
 * processing start: D answers at 45 002 and the client has the 1 kB response 1 ms later.
 */
class TransactionTest {

    private static Hop d(StopBehaviour stop) {
        return oneByOne(runtime("D", FrontKind.KONG_UPSTREAM, 1))
                .with(LifecycleSettings.ON_STOP_SIGNAL, stop)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
    }

    private static Topology kongThen(Hop d) {
        return chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1).with(FrontSettings.BACKEND_TIMEOUT,
                TimeSpan.ofSeconds(300)), d);
    }

    /** A request of 1 kB at 5000 with 40 s of processing, {@code from} s of which pass before its transaction of {@code length} s. */
    private static RequestSpec request(String method, long fromSeconds, long lengthSeconds) {
        return new RequestSpec(method, method, ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofMillis(5000), TimeSpan.ofSeconds(40), null)
                .withTransaction(new Transaction(TimeSpan.ofSeconds(fromSeconds), TimeSpan.ofSeconds(lengthSeconds)));
    }

    private static Outcome rolled(Hop d, RequestSpec r) {
        return only(kongThen(d), scenario(List.of(roll("D", 0)), r));
    }

    /**
     * The transaction begins at 5002 + 20 000 = 25 002 and would commit at 40 002; the kill at
     * 40 000 comes 2 ms before: the server rolls it back, Kong answers 502, nothing is written.
     */
    @Test
    void aKillInsideTheTransactionRollsItBack() {
        Outcome o = rolled(d(StopBehaviour.GRACEFUL), request("POST", 20, 15));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(40_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(o.failure().data()).isEqualTo(new DataFate(DataFate.Kind.ROLLED_BACK, "D.1", 25_002, 40_002, false));
        Explanation en = Explanation.of(o.failure(), Locale.ENGLISH);
        assertThat(en.summary()).endsWith("; its transaction was rolled back, nothing written");
        assertThat(en.why()).contains("begun at t=25.002 s, due to commit at t=40.002 s").endsWith(
                "A retry is safe: nothing of this attempt is in the database.");
        assertThat(Explanation.of(o.failure(), Locale.SIMPLIFIED_CHINESE).summary()).endsWith("；事务已回滚，未写入任何数据");
    }

    /**
     * The grace period the verdict asks for (36 s: the pod is killed at 46 000) lets D finish: it
     * commits at 40 002, answers at 45 002, and the client has the response at 45 003.
     */
    @Test
    void aLongEnoughGracePeriodFinishesIt() {
        Topology t = kongThen(d(StopBehaviour.GRACEFUL));
        Outcome cut = rolled(d(StopBehaviour.GRACEFUL), request("POST", 20, 15));
        Outcome fixed = only(applyFixes(t, cut.failure()), scenario(List.of(roll("D", 0)), request("POST", 20, 15)));

        assertThat(cut.failure().fixes()).containsExactly(
                new SettingChange("D", "lifecycle.terminationGracePeriod", "36s"));
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(45_003);
    }

    /**
     * The transaction runs from 15 002 to its commit at 30 002; the kill at 40 000 cuts the request
     * after the commit: 502, but the data is written, and a retry of the POST would write it twice.
     */
    @Test
    void aCutAfterTheCommitLeavesTheDataWritten() {
        Outcome o = rolled(d(StopBehaviour.GRACEFUL), request("POST", 10, 15));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(40_000);
        assertThat(o.failure().data()).isEqualTo(new DataFate(DataFate.Kind.COMMITTED, "D.1", 15_002, 30_002, false));
        Explanation en = Explanation.of(o.failure(), Locale.ENGLISH);
        assertThat(en.summary()).endsWith("; cut after commit: the data is written");
        assertThat(en.why()).contains("had committed at t=30.002 s").contains("a retry would write the same data twice");
    }

    /**
     * The same cut for a GET: Kong retries it on the new pod at 40 000 (§8.12), which has its body
     * at 40 001 and answers 40 s later; the client has it at 80 002. The first attempt's commit on
     * D.1 is harmless: a GET is idempotent.
     */
    @Test
    void aGetCutAfterItsCommitIsRetried() {
        Outcome o = rolled(d(StopBehaviour.GRACEFUL), request("GET", 10, 15));

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(80_002);
        assertThat(o.attempts()).isGreaterThan(1);
    }

    /**
     * An app without a SIGTERM handler exits when its preStop ends, at 10 000 + 5 000 = 15 000:
     * inside a transaction begun at 5002 + 5000 = 10 002 it is rolled back; one that would begin at
     * 5002 + 20 000 = 25 002 never began. Either way nothing is written.
     */
    @Test
    void anAppThatQuitsAtOnceWritesNothing() {
        Outcome inside = rolled(d(StopBehaviour.IMMEDIATE), request("POST", 5, 20));
        Outcome before = rolled(d(StopBehaviour.IMMEDIATE), request("POST", 20, 15));

        assertThat(inside.end()).isEqualTo(15_000);
        assertThat(inside.failure().cause()).isEqualTo(Cause.STOPPED_AT_ONCE);
        assertThat(inside.failure().data()).isEqualTo(
                new DataFate(DataFate.Kind.ROLLED_BACK, "D.1", 10_002, 30_002, false));
        assertThat(before.failure().data().kind()).isEqualTo(DataFate.Kind.NOT_BEGUN);
        assertThat(Explanation.of(before.failure(), Locale.ENGLISH).summary()).endsWith("; nothing written");
    }

    /**
     * Kong's read timeout (60 s) gives up on a POST at 0 whose D part starts at 2: 504 at 60 002.
     * D is not told: its transaction (55 002 to 65 002) goes on and commits unless D ends first.
     */
    @Test
    void aTimeoutElsewhereLeavesTheTransactionRunning() {
        RequestSpec slow = new RequestSpec("POST", "POST", ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null,
                null, TimeSpan.ZERO, TimeSpan.ofSeconds(70), null)
                .withTransaction(new Transaction(TimeSpan.ofSeconds(55), TimeSpan.ofSeconds(10)));

        Outcome o = only(kongThen(d(StopBehaviour.GRACEFUL)), scenario(List.of(), slow));

        assertThat(o.status()).isEqualTo(504);
        assertThat(o.end()).isEqualTo(60_002);
        assertThat(o.failure().data()).isEqualTo(
                new DataFate(DataFate.Kind.LEFT_RUNNING, "D.1", 55_002, 65_002, false));
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).why()).contains("commits at t=65.002 s unless D.1 ends");
    }

    /** A request without a transaction has no data fate, and its texts are as before. */
    @Test
    void withoutATransactionNothingIsSaid() {
        RequestSpec plain = request("POST", 20, 15).withTransaction(null);

        Outcome o = rolled(d(StopBehaviour.GRACEFUL), plain);

        assertThat(o.failure().data()).isNull();
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).why()).doesNotContain("transaction");
    }
}
