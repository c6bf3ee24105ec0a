package dev.rollscope.model.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One refusal of each group, read in Chinese (written here by hand) and in English (the message the
 * exception always had, unchanged): a unit that cannot be read, a setting's value, a hop, a file
 * that cannot be opened (the whole file, and one field), a scenario, and the work limit.
 */
class RefusalsInChineseTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    private static <T extends Throwable & Refused> T refused(Class<T> type, ThrowingCallable action) {
        T e = catchThrowableOfType(type, action);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void aUnitThatCannotBeRead() {
        RefusalException time = refused(RefusalException.class, () -> TimeSpan.parse("5 parsecs"));
        assertThat(time).hasMessage("not a time span: \"5 parsecs\" (write it like 60s, 1500ms, 10m, 1h or none)");
        assertThat(time.message(ZH)).isEqualTo("无法把 \"5 parsecs\" 读作时间（写法如 60s、1500ms、10m、1h 或 none）");

        RefusalException size = refused(RefusalException.class, () -> ByteSize.parse("5XB"));
        assertThat(size).hasMessage("unknown size unit \"XB\" in \"5XB\" (use B, kB, MB, GB, KiB, MiB, GiB, or nginx's k, m, g)");
        assertThat(size.message(ZH)).isEqualTo("\"5XB\" 中的大小单位 \"XB\" 无法识别（请用 B、kB、MB、GB、KiB、MiB、GiB，或 nginx 的 k、m、g）");

        RefusalException control = refused(RefusalException.class, () -> TimeSpan.parse("60s\u0000"));
        assertThat(control).hasMessage("not a time span: \"60s\\u0000\" (it holds a control character)");
        assertThat(control.message(ZH)).isEqualTo("\"60s\\u0000\" 不是时间（其中含有控制字符）");
    }

    @Test
    void aSettingsValue() {
        RefusalException unreadable = refused(RefusalException.class, () -> ProxySettings.SEND_TIMEOUT.parse("soon"));
        assertThat(unreadable).hasMessage(
                "proxy.sendTimeout: not a time span: \"soon\" (write it like 60s, 1500ms, 10m, 1h or none)");
        assertThat(unreadable.message(ZH)).isEqualTo(
                "proxy.sendTimeout：无法把 \"soon\" 读作时间（写法如 60s、1500ms、10m、1h 或 none）");

        RefusalException none = refused(RefusalException.class, () -> ProxySettings.SEND_TIMEOUT.parse("none"));
        assertThat(none).hasMessage("proxy.sendTimeout must be a finite time span, not none");
        assertThat(none.message(ZH)).isEqualTo("proxy.sendTimeout 必须是有限的时间，而不是 none");
    }

    @Test
    void aHop() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3);

        RefusalException replicas = refused(RefusalException.class, () -> a.withReplicas(0));
        assertThat(replicas).hasMessage("hop A: replicas must be 1 to 1000, not 0");
        assertThat(replicas.message(ZH)).isEqualTo("跳点 A：副本数（replicas）必须是 1 到 1000，而不是 0");

        RefusalException empty = refused(RefusalException.class,
                () -> new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(), Layout.EMPTY));
        assertThat(empty).hasMessage("A chain needs at least one hop: the application that answers requests.");
        assertThat(empty.message(ZH)).isEqualTo("链路至少需要一个跳点：应答请求的应用。");
    }

    @Test
    void aFileThatCannotBeOpened() {
        ProjectFileException directory = refused(ProjectFileException.class, () -> ProjectFile.read(dir));
        assertThat(directory).hasMessage(dir + ": is a directory, not a Rollscope file");
        assertThat(directory.message(ZH)).isEqualTo(dir + "：是一个目录，不是 Rollscope 文件");
        assertThat(directory.detail(ZH)).isEqualTo("是一个目录，不是 Rollscope 文件");

        ProjectFileException field = refused(ProjectFileException.class,
                () -> ProjectFile.parse("{\"schemaVersion\": \"x\"}", "p.json"));
        assertThat(field).hasMessage("p.json:1:19: $.schemaVersion: expected a whole number, not the string \"x\"");
        assertThat(field.message(ZH)).isEqualTo("p.json:1:19: $.schemaVersion：应为整数，而不是字符串 \"x\"");
    }

    @Test
    void aScenario() {
        RefusalException late = refused(RefusalException.class, () -> new Scenario("s", "",
                List.of(new RollOut("D", TimeSpan.ofSeconds(120))), List.of(RequestSpec.get("r1", TimeSpan.ZERO)), null, 1,
                TimeSpan.ofSeconds(60)));
        assertThat(late).hasMessage("scenario \"s\": a rollout of D at 120s starts after the horizon 60s: it would never "
                + "happen; start it earlier or lengthen the horizon");
        assertThat(late.message(ZH)).isEqualTo("场景 \"s\"：D 在 120s 的滚动更新晚于时限 60s，永远不会发生：请让它更早开始，或延长时限");

        RefusalException none = refused(RefusalException.class, () -> Moments.parse("none", Moments.TRAFFIC_UNTIL));
        assertThat(none).hasMessage("traffic's until cannot be none: write a time like 60s");
        assertThat(none.message(ZH)).isEqualTo("稳定流量的 until 时间不能为 none：请写一个时间，例如 60s");

        Topology oneHop = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(
                Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 3)), Layout.EMPTY);
        Scenario crash = new Scenario("s", "", List.of(new Crash("D", 3, TimeSpan.ofSeconds(5))),
                List.of(RequestSpec.get("r1", TimeSpan.ZERO)), null, 1);
        RefusalException instance = refused(RefusalException.class, () -> new Project(oneHop, List.of(crash)));
        assertThat(instance).hasMessage("scenario \"s\": crash of instance 3 of hop D, which has 3 (0 to 2)");
        assertThat(instance.message(ZH)).isEqualTo("场景 \"s\"：跳点 D 只有 3 个实例（0 到 2），没有要崩溃的实例 3");
    }

    @Test
    void theWorkLimit() {
        Topology chain = new Topology("test", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(
                Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 2),
                Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 3)),
                Layout.EMPTY);
        Scenario two = new Scenario("test", "", List.of(new RollOut("D", TimeSpan.ofSeconds(5))),
                List.of(RequestSpec.get("r1", TimeSpan.ZERO), RequestSpec.get("r2", TimeSpan.ofSeconds(1))), null, 1);

        // 2 requests * (2 hops * 2 + 2) + D's 3 pods * 20 = 12 + 60 = 72 events, over a limit of 10.
        SimulationLimitException limit = refused(SimulationLimitException.class,
                () -> WorkEstimate.check(chain, two, SimulationOptions.outcomesOnly().withMaxEvents(10)));
        assertThat(limit).hasMessage("scenario \"test\" would take up to 72 simulation events (2 requests), over the "
                + "limit of 10; reduce its requests (2) or disruptions (1), or split it into several scenarios");
        assertThat(limit.message(ZH)).isEqualTo("场景 \"test\" 最多需要 72 个模拟事件（2 个请求），超过了 10 的上限；"
                + "请减少它的请求（2 个）或干扰（1 个），或把它拆分成几个场景");
    }
}
