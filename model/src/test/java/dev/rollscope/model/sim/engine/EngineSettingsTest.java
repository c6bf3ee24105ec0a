package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The defaults table has every setting the engine reads, on every hop that needs it, or the engine does not start. */
class EngineSettingsTest {

    @Test
    void everyProfileAHopMayHave() {
        // 6 kinds × (2 GCP fronts × 2 platforms + 2 pod-only fronts × 1 platform)
        assertThat(HopProfile.all()).hasSize(36).allMatch(HopProfile::allowed);
        assertThat(new HopProfile(HopKind.KONG, Platform.GCE_MIG, FrontKind.K8S_SERVICE).allowed()).isFalse();
    }

    @Test
    void theTableHasEverySettingTheEngineReadsOnEveryHopKindThatNeedsIt() {
        int cells = 0;
        for (EngineSettings.Read r : EngineSettings.reads()) {
            for (HopProfile p : HopProfile.all()) {
                boolean there = DefaultsTable.applies(r.setting(), p);
                if (r.where().test(p)) {
                    assertThat(there).as(r.setting() + " on " + p).isTrue();
                } else if (r.optional()) {
                    assertThat(there).as(r.setting() + " on " + p + " (engine: " + r.absent() + ")").isFalse();
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(EngineSettings.reads().size() * 36);
        assertThat(EngineSettings.gaps(DefaultsTable::applies)).isEmpty();
    }

    @Test
    void optionalSettingsExistWhereTheDomainSays() {
        Hop kongPod = Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 2);
        Hop streamVm = Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 2);
        Hop app = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2);
        Hop generic = Hop.of("G", "G", HopKind.GENERIC_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 2);
        assertThat(EngineSettings.on(kongPod, ProxySettings.UPSTREAM_READ_TIMEOUT)).isTrue();
        assertThat(EngineSettings.on(kongPod, ProxySettings.RETRIES)).isTrue();
        assertThat(EngineSettings.on(kongPod, ProxySettings.NEXT_UPSTREAM_TRIES)).isFalse();
        assertThat(EngineSettings.on(kongPod, LifecycleSettings.KONG_QUIT_WAIT)).isTrue();
        assertThat(EngineSettings.on(kongPod, LifecycleSettings.PRE_STOP_SLEEP)).isFalse();
        assertThat(EngineSettings.on(streamVm, ProxySettings.UPSTREAM_READ_TIMEOUT)).isFalse();
        assertThat(EngineSettings.on(streamVm, ProxySettings.STREAM_IDLE_TIMEOUT)).isTrue();
        assertThat(EngineSettings.on(streamVm, FrontSettings.PROPAGATION_DELAY)).isFalse();
        assertThat(EngineSettings.on(app, ProxySettings.CONNECT_TIMEOUT)).isFalse();
        assertThat(EngineSettings.on(app, LifecycleSettings.PROCESSING_TIME)).isTrue();
        assertThat(EngineSettings.on(app, FrontSettings.PROPAGATION_DELAY)).isTrue();
        assertThat(EngineSettings.on(generic, ProxySettings.WORKER_SHUTDOWN_TIMEOUT)).isFalse();
        assertThat(EngineSettings.on(generic, ProxySettings.UPSTREAM_KEEPALIVE_TIME)).isTrue();
    }

    @Test
    void aMissingRowIsAStartupErrorNotNoTimeout() {
        BiPredicate<Setting<?>, HopProfile> noKongReadTimeout = (s, p) -> DefaultsTable.applies(s, p)
                && !(s.equals(ProxySettings.UPSTREAM_READ_TIMEOUT) && p.kind() == HopKind.KONG);
        List<String> gaps = EngineSettings.gaps(noKongReadTimeout);
        // Kong: on VMs behind 2 GCP fronts, on pods behind all 4 fronts
        assertThat(gaps).hasSize(6).allMatch(g -> g.contains("no " + ProxySettings.UPSTREAM_READ_TIMEOUT + " for a KONG"));
        assertThatThrownBy(() -> EngineSettings.check(noKongReadTimeout)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("for a KONG on GKE_DEPLOYMENT behind KONG_UPSTREAM, which the engine reads");
        EngineSettings.check(EngineSettings.table(DefaultsTable.rows()));
    }

    @Test
    void theIndexedTableAnswersAsTheTable() {
        BiPredicate<Setting<?>, HopProfile> indexed = EngineSettings.table(DefaultsTable.rows());
        int yes = 0;
        for (EngineSettings.Read r : EngineSettings.reads()) {
            for (HopProfile p : HopProfile.all()) {
                boolean there = DefaultsTable.applies(r.setting(), p);
                assertThat(indexed.test(r.setting(), p)).as(r.setting() + " on " + p).isEqualTo(there);
                yes += there ? 1 : 0;
            }
        }
        assertThat(yes).isGreaterThan(0).isLessThan(EngineSettings.reads().size() * 36);
    }

    @Test
    void aRowTheEngineWouldIgnoreIsReported() {
        List<String> gaps = EngineSettings.gaps((s, p) -> DefaultsTable.applies(s, p)
                || (s.equals(ProxySettings.STREAM_IDLE_TIMEOUT) && p.kind() == HopKind.NGINX_L7));
        assertThat(gaps).hasSize(6).allMatch(g -> g.contains("for a NGINX_L7") && g.endsWith("\"no idle timer\""));
    }

    @Test
    void onlyDeclaredSettingsAreOptional() {
        Hop vm = Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 2);
        assertThatThrownBy(() -> EngineSettings.on(vm, FrontSettings.CONNTRACK_IDLE_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EngineSettings.on(vm, RolloutSettings.ZONES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every setting the engine's code names is declared, so none is read without a row behind it. */
    @Test
    void everySettingTheEngineNamesIsDeclared() throws IOException, ReflectiveOperationException {
        Pattern ref = Pattern.compile("\\b(FrontSettings|LifecycleSettings|ProxySettings|RolloutSettings)\\.([A-Z_]+)\\b");
        Set<Setting<?>> named = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/rollscope/model/sim/engine"))) {
            for (Path f : files.collect(Collectors.toList())) {
                Matcher m = ref.matcher(Files.readString(f));
                while (m.find()) {
                    Class<?> holder = Class.forName("dev.rollscope.model.topology." + m.group(1));
                    named.add((Setting<?>) holder.getField(m.group(2)).get(null));
                }
            }
        }
        Set<Setting<?>> declared = EngineSettings.reads().stream().map(EngineSettings.Read::setting)
                .collect(Collectors.toSet());
        assertThat(named).hasSizeGreaterThan(30);
        assertThat(declared).containsAll(named);
    }
}
