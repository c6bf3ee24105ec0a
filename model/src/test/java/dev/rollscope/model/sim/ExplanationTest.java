package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplanationTest {

    private static final List<String> ARGS = List.of("HOP0", "ARG1", "ARG2", "ARG3", "ARG4");

    private static Failure failure(Cause cause) {
        List<String> args = switch (cause) {
            case DRAIN_ENDED -> List.of("HOP0", "ARG1", "ARG2", "ARG3", "ARG4", "@removal.rollout",
                    "@drain.end.proxy", "@drain.zero");
            case NO_ROUTABLE_INSTANCE -> List.of("HOP0", "ARG1", "ARG2", "3", "@routable.rollout", "ARG5");
            case ROUTED_TO_STOPPED -> List.of("HOP0", "ARG1", "ARG2", "ARG3", "@routed.propagation", "@routed.retried");
            case CLIENT_BODY_TIMEOUT -> List.of("HOP0", "ARG1", "ARG2", "@client.closed", "ARG4", "ARG5", "ARG6",
                    "@client.gfe");
            case CLIENT_SEND_TIMEOUT -> List.of("HOP0", "ARG1", "ARG2", "@client.front", "ARG4", "ARG5", "ARG6",
                    "@send.paused", "@none");
            default -> ARGS;
        };
        return new Failure(cause, "HOP0", "HOP0.1", "client", 0, List.of(), List.of(), args, null, false);
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseIsExplainedInEnglishWithItsArguments(Cause cause) {
        Explanation en = Explanation.of(failure(cause), Locale.ENGLISH);

        assertFilled(en);
        assertThat(en.summary() + en.why() + en.inequality() + en.fix()).contains("HOP0", "ARG1");
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void everyCauseIsExplainedInChinese(Cause cause) {
        Explanation en = Explanation.of(failure(cause), Locale.ENGLISH);
        Explanation zh = Explanation.of(failure(cause), Locale.SIMPLIFIED_CHINESE);

        assertFilled(zh);
        assertThat(zh.why()).isNotEqualTo(en.why()).matches(s -> s.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                "has Chinese characters");
    }

    private static void assertFilled(Explanation x) {
        for (String s : List.of(x.summary(), x.why(), x.inequality(), x.fix())) {
            assertThat(s).isNotBlank().doesNotContain("{").doesNotContain("}");
        }
    }

    /** The sentences chosen for the case hold for its values (issue 12: "a drain of 0 s" only when it is 0 s). */
    @Test
    void drainTextsFollowTheCase() {
        String zero = why(Cause.DRAIN_ENDED, "A", "A.1", "0ms", "5s", "GCP_EXTERNAL_ALB", "@removal.rollout",
                "@drain.end.proxy", "@drain.zero");
        String twenty = why(Cause.DRAIN_ENDED, "B", "B.1", "20s", "25s", "GCP_INTERNAL_TCP_LB", "@removal.eviction",
                "@drain.end.passthrough", "@none");

        assertThat(zero).startsWith("When the rollout removed A.1").contains("Then it closed every connection")
                .endsWith("A drain of 0 s means no draining at all: the cut comes at once.");
        assertThat(twenty).startsWith("When a node drain removed B.1").contains("stopped forwarding the packets")
                .doesNotContain("0 s").endsWith("needed 25s from the start of the drain.");
    }

    @Test
    void anEmptiedHopSaysWhatEmptiedIt() {
        Failure evicted = new Failure(Cause.NO_ROUTABLE_INSTANCE, "C", "", "client", 0, List.of(), List.of(),
                List.of("C", "25%", "25%", "3", "@routable.eviction", "0"), null, false);
        Explanation x = Explanation.of(evicted, Locale.ENGLISH);

        assertThat(x.summary()).isEqualTo("No C instance to route to: the node upgrade took them all away");
        assertThat(x.why()).startsWith("The node upgrade evicted the pods of C").contains("minAvailable 0");
        assertThat(x.fix()).contains("rollout.pdbMinAvailable at least 1").doesNotContain("maxUnavailable to 0");
    }

    @Test
    void aRolloutPastAPdbSaysThePdbDidNotHoldItBack() {
        Failure f = new Failure(Cause.STOPPED_AT_ONCE, "D", "D.1", "C", 0, List.of(), List.of(), List.of("D", "D.1"),
                null, true);

        assertThat(Explanation.of(f, Locale.ENGLISH).why())
                .endsWith("the PDB did not hold back this rollout: PDBs apply to evictions, not to Deployment updates.");
        assertThat(Explanation.of(f, Locale.SIMPLIFIED_CHINESE).why()).contains("PDB 没有阻止这次滚动更新");
    }

    private static String why(Cause cause, String... args) {
        return Explanation.of(new Failure(cause, args[0], args[1], "client", 0, List.of(), List.of(), List.of(args),
                null, false), Locale.ENGLISH).why();
    }

    /**
     * Behind a Local Service on instance groups the front waits for the node's health check, not
     * the propagation delay (§10); a request never retried does not speak of retries.
     */
    @Test
    void routedToStoppedNamesWhatTheFrontWaitedForAndOnlyRetriesThatHappened() {
        Failure f = new Failure(Cause.ROUTED_TO_STOPPED, "C", "C.1", "B", 0, List.of(), List.of(),
                List.of("C", "C.1", "24 s", "24s", "@routed.healthCheck", "@none"), null, false);
        Explanation x = Explanation.of(f, Locale.ENGLISH);

        assertThat(x.summary()).isEqualTo("Sent to C.1 after it had stopped listening");
        assertThat(x.why()).contains("only stops using it after its node's health check fails")
                .contains("(24 s)").endsWith("new connections to it were refused.").doesNotContain("retr");
        assertThat(why(Cause.ROUTED_TO_STOPPED, "D", "D.1", "3 s", "3s", "@routed.propagation", "@routed.retried"))
                .contains("after front.propagationDelay (3 s)").endsWith("and the retries had nowhere better to go.");
    }
}
