package dev.rollscope.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ChainProblem.Rule;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainEditsTest {

    private final Project abcd = TestProjects.abcd();

    @Test
    void freshIdIsTheFirstUnusedLetter() {
        assertThat(ChainEdits.freshId(abcd.topology())).isEqualTo("E");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NGINX_L7,   0, GCE_MIG,        GCP_EXTERNAL_ALB
            NGINX_L4,   1, GCE_MIG,        GCP_INTERNAL_TCP_LB
            GENERIC_L7, 1, GKE_DEPLOYMENT, GCP_INTERNAL_TCP_LB
            GENERIC_L4, 2, GCE_MIG,        GCP_INTERNAL_TCP_LB
            KONG,       3, GKE_DEPLOYMENT, KONG_UPSTREAM
            """)
    void insertedHopGetsThePlatformAndFrontThatFitItsPlace(HopKind kind, int index, Platform platform,
                                                           FrontKind front) {
        Project p = insertE(index, kind);

        Hop e = p.topology().hops().get(index);
        assertThat(e.id()).isEqualTo("E");
        assertThat(e.platform()).isEqualTo(platform);
        assertThat(e.front()).isEqualTo(front);
        assertThat(e.replicas()).isEqualTo(3);
    }

    @Test
    void aPodAfterANonKongPodIsReachedThroughAService() {
        Hop envoy = Hop.of("E", "envoy", HopKind.GENERIC_L7, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 2);

        assertThat(NewHopProfiles.profileFor(HopKind.APP_RUNTIME, envoy).front()).isEqualTo(FrontKind.K8S_SERVICE);
    }

    @Test
    void insertedHopHasEveryDefaultOfItsProfile() {
        Hop e = insertE(1, HopKind.NGINX_L7).topology().hops().get(1);

        assertThat(e.settings().keys()).allMatch(e::isDefault);
    }

    @Test
    void insertingASecondApplicationIsRefused() {
        assertThatThrownBy(() -> insertE(2, HopKind.APP_RUNTIME))
                .isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).key()).isEqualTo("refuse.secondApp");
    }

    @Test
    void insertingAfterTheApplicationIsRefused() {
        assertThatThrownBy(() -> insertE(4, HopKind.NGINX_L7))
                .isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).key()).isEqualTo("refuse.afterApp");
    }

    @Test
    void insertingANonKongHopBetweenKongAndItsUpstreamIsRefused() {
        assertThatThrownBy(() -> insertE(3, HopKind.NGINX_L7))
                .extracting(ChainEditsTest::broken).isEqualTo(Rule.KONG_UPSTREAM_WITHOUT_KONG);
    }

    @Test
    void deleteRemovesTheHopItsPositionAndTheRolloutsOfIt() {
        Project placed = ChainEdits.place(abcd, "B", new Position(10, 20));

        Project p = ChainEdits.delete(placed, "B");

        assertThat(ids(p)).containsExactly("A", "C", "D");
        assertThat(p.topology().layout().of("B")).isEmpty();
        assertThat(p.scenario("roll D").orElseThrow().disruptions()).hasSize(1);
    }

    @Test
    void deleteTakesTheHopOutOfANodeUpgradeOfSeveralHops() {
        Project p = ChainEdits.delete(withoutKongUpstream(abcd), "C");

        assertThat(p.scenario("upgrade").orElseThrow().disruptions().get(0).hops()).containsExactly("D");
    }

    @Test
    void deleteDropsTheRolloutOfTheDeletedHop() {
        Scenario rollB = new Scenario("roll B", "", List.of(new RollOut("B", TimeSpan.ofSeconds(10))),
                List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(12))), null, 1);

        Project p = ChainEdits.delete(abcd.withScenarios(List.of(rollB)), "B");

        assertThat(p.scenario("roll B").orElseThrow().disruptions()).isEmpty();
    }

    @Test
    void deletingTheApplicationIsRefused() {
        assertThatThrownBy(() -> ChainEdits.delete(abcd, "D"))
                .extracting(ChainEditsTest::broken).isEqualTo(Rule.LAST_NOT_APPLICATION);
    }

    @Test
    void aRefusedChainEditReadsTheModelsRuleInTheUsersLanguage() {
        EditRefusedException e = catchThrowableOfType(() -> ChainEdits.delete(abcd, "D"), EditRefusedException.class);
        List<Hop> abc = abcd.topology().hops().subList(0, 3);

        assertThat(e.message(Messages.of(Locale.ENGLISH))).isEqualTo(
                "The chain must end in the application that answers, and C is not one. Keep the application last.");
        assertThat(e.message(Messages.of(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("链路必须以应答请求的应用结尾，而 C 不是应用。请让应用保持在最后。");
        assertThatThrownBy(() -> abcd.topology().withHops(abc)).hasMessage(e.message(Messages.of(Locale.ENGLISH)));
    }

    @Test
    void deletingKongBeforeItsUpstreamIsRefused() {
        assertThatThrownBy(() -> ChainEdits.delete(abcd, "C"))
                .extracting(ChainEditsTest::broken).isEqualTo(Rule.KONG_UPSTREAM_WITHOUT_KONG);
    }

    @Test
    void reorderMovesTheHopAndHandsItBackToTheAutomaticLayout() {
        Project placed = ChainEdits.place(abcd, "A", new Position(500, 0));

        Project p = ChainEdits.reorder(placed, "A", 1);

        assertThat(ids(p)).containsExactly("B", "A", "C", "D");
        assertThat(p.topology().layout().of("A")).isEmpty();
    }

    @Test
    void reorderingTheApplicationAwayFromTheEndIsRefused() {
        assertThatThrownBy(() -> ChainEdits.reorder(abcd, "D", 0))
                .extracting(ChainEditsTest::broken).isEqualTo(Rule.APPLICATION_NOT_LAST);
    }

    @Test
    void placeChangesOnlyTheLayout() {
        Project p = ChainEdits.place(abcd, "C", new Position(12, 34));

        assertThat(p.topology().hops()).isEqualTo(abcd.topology().hops());
        assertThat(p.topology().layout().of("C")).contains(new Position(12, 34));
    }

    @Test
    void changeHopKeepsTheModelsMessageForABadValue() {
        assertThatThrownBy(() -> ChainEdits.changeHop(abcd, "A", h -> h.withReplicas(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicas must be 1 to 1000");
    }

    private static Project withoutKongUpstream(Project p) {
        return ChainEdits.changeHop(p, "D", h -> h.withProfile(new HopProfile(h.kind(), h.platform(),
                FrontKind.K8S_SERVICE)));
    }

    private static Rule broken(Throwable refusal) {
        return ((EditRefusedException) refusal).broken().orElseThrow().rule();
    }

    private Project insertE(int index, HopKind kind) {
        return ChainEdits.insert(abcd, index, kind, "E", "new E");
    }

    private static List<String> ids(Project p) {
        return p.topology().hops().stream().map(Hop::id).collect(Collectors.toList());
    }
}
