package dev.rollscope.model.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.topology.ChainProblem.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChainProblemTest {

    private static final Hop A = hop("A", HopKind.NGINX_L7, FrontKind.GCP_EXTERNAL_ALB);
    private static final Hop K = hop("K", HopKind.KONG, FrontKind.GCP_INTERNAL_TCP_LB);
    private static final Hop D = hop("D", HopKind.APP_RUNTIME, FrontKind.KONG_UPSTREAM);

    @Test
    void aChainThatKeepsEveryRuleHasNoProblem() {
        assertThat(Topology.problemOf(List.of(A, K, D))).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamedWithWhatBreaksIt() {
        Hop dOnService = hop("D", HopKind.APP_RUNTIME, FrontKind.K8S_SERVICE);
        List<Hop> tooMany = new ArrayList<>();
        for (int i = 0; i < Topology.MAX_HOPS; i++) {
            tooMany.add(hop("H" + i, HopKind.NGINX_L7, FrontKind.GCP_INTERNAL_TCP_LB));
        }
        tooMany.add(dOnService);

        assertThat(Topology.problemOf(List.of())).contains(new ChainProblem(Rule.NO_HOP, List.of()));
        assertThat(Topology.problemOf(tooMany)).contains(new ChainProblem(Rule.TOO_MANY_HOPS, List.of("32", "33")));
        assertThat(Topology.problemOf(List.of(A, A, dOnService)))
                .contains(new ChainProblem(Rule.DUPLICATE_ID, List.of("A")));
        assertThat(Topology.problemOf(List.of(A, K))).contains(new ChainProblem(Rule.LAST_NOT_APPLICATION, List.of("K")));
        assertThat(Topology.problemOf(List.of(dOnService, A)))
                .contains(new ChainProblem(Rule.APPLICATION_NOT_LAST, List.of("D")));
        assertThat(Topology.problemOf(List.of(A, D)))
                .contains(new ChainProblem(Rule.KONG_UPSTREAM_WITHOUT_KONG, List.of("D")));
    }

    @Test
    void theTopologyRefusesABrokenChainWithTheRulesEnglishWords() {
        assertThatThrownBy(() -> new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(A, D),
                Layout.EMPTY)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "D is reached through Kong's upstream, so a Kong hop must come right before it. "
                        + "Change D's load balancer first.");
    }

    @Test
    void theWordsAreFilledInEachLanguage() {
        ChainProblem p = new ChainProblem(Rule.TOO_MANY_HOPS, List.of("32", "33"));

        assertThat(p.message(Locale.ENGLISH)).isEqualTo("A chain has at most 32 hops, not 33.");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("链路最多有 32 个跳点，而不是 33 个。");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasWordsInBothLanguagesThatUseItsArguments(Rule rule) {
        ChainProblem p = new ChainProblem(rule, List.of("X1", "X2"));
        int used = switch (rule) {
            case NO_HOP -> 0;
            case DUPLICATE_ID, LAST_NOT_APPLICATION, APPLICATION_NOT_LAST, KONG_UPSTREAM_WITHOUT_KONG -> 1;
            case TOO_MANY_HOPS -> 2;
        };

        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String words = p.message(locale);
            assertThat(words).as(rule + " " + locale).isNotBlank().doesNotContain("{");
            for (int i = 1; i <= 2; i++) {
                assertThat(words.contains("X" + i)).as(rule + " " + locale + " X" + i).isEqualTo(i <= used);
            }
        }
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
    }

    private static Hop hop(String id, HopKind kind, FrontKind front) {
        return Hop.of(id, id, kind, Platform.GKE_DEPLOYMENT, front, 1);
    }
}
