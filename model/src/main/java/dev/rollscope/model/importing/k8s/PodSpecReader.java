package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Rollscope simulates from a pod template's spec, shared by Kubernetes Deployments and
 * the Kong Helm chart's values: {@code terminationGracePeriodSeconds}, the first container's
 * {@code lifecycle.preStop} ({@code sleep N}, the {@code sleep} action, or Kong's
 * {@code kong quit --wait=N --timeout=M}) and its readiness probe timings (domain.md §5, §6).
 */
public final class PodSpecReader {

    private static final Pattern SLEEP = Pattern.compile("(?:^|[;&|]\\s*|\\s)sleep\\s+(\\d+)s?\\b");
    private static final Pattern QUIT_WAIT = Pattern.compile("kong\\s+quit\\b.*?--wait[=\\s]+(\\d+)");
    private static final Pattern QUIT_TIMEOUT = Pattern.compile("kong\\s+quit\\b.*?--timeout[=\\s]+(\\d+)");

    private PodSpecReader() {
    }

    public static void podSpec(Node spec, HopKind kind, Findings f) throws ImportException {
        MapWalk w = new MapWalk(spec);
        w.seconds("terminationGracePeriodSeconds", LifecycleSettings.TERMINATION_GRACE_PERIOD, f);
        Node cs = w.take("containers").orElse(null);
        for (int i = 0; cs != null && i < cs.items().size(); i++) {
            Node c = cs.items().get(i);
            if (i == 0) {
                container(c, kind, f);
            } else {
                f.irrelevant(c.origin(), ReportText.of("k8s.secondContainer"));
            }
        }
        w.rest(f, Map.of("*", notSimulated("k8s.pod.rest")));
    }

    public static void container(Node c, HopKind kind, Findings f) throws ImportException {
        MapWalk w = new MapWalk(c);
        Node lifecycle = w.take("lifecycle").orElse(null);
        if (lifecycle != null) {
            lifecycle(lifecycle, kind, f);
        }
        Node probe = w.take("readinessProbe").orElse(null);
        if (probe != null) {
            readiness(probe, f);
        }
        w.rest(f, Map.of("*", notSimulated("k8s.container.rest")));
    }

    public static void lifecycle(Node lifecycle, HopKind kind, Findings f) throws ImportException {
        MapWalk w = new MapWalk(lifecycle);
        Node preStop = w.take("preStop").orElse(null);
        if (preStop != null) {
            preStop(preStop, kind, f);
        }
        w.rest(f, Map.of("postStart", notSimulated("k8s.postStart")));
    }

    private static void preStop(Node preStop, HopKind kind, Findings f) throws ImportException {
        MapWalk w = new MapWalk(preStop);
        if (w.take("sleep").isPresent()) {
            Node s = preStop.at("sleep.seconds").orElseThrow(() ->
                    ImportException.at(preStop.origin(), "k8s.sleepSeconds"));
            f.set(s.origin(), Target.of(LifecycleSettings.PRE_STOP_SLEEP), TimeSpan.ofSeconds(s.integer()));
        }
        if (w.take("exec").isPresent()) {
            Node cmd = preStop.at("exec.command").orElseThrow(() ->
                    ImportException.at(preStop.origin(), "k8s.execCommand"));
            exec(cmd, kind, f);
        }
        w.rest(f, Map.of());
    }

    private static void exec(Node cmd, HopKind kind, Findings f) throws ImportException {
        StringBuilder line = new StringBuilder();
        for (Node n : cmd.items()) {
            line.append(n.scalar()).append(' ');
        }
        String text = line.toString().trim();
        Matcher wait = QUIT_WAIT.matcher(text);
        Matcher timeout = QUIT_TIMEOUT.matcher(text);
        Matcher sleep = SLEEP.matcher(text);
        if (text.matches("(?s).*kong\\s+quit\\b.*")) {
            if (kind != HopKind.KONG) {
                f.notUnderstood(cmd.origin(), ReportText.of("k8s.kongQuitWrongHop", text, kind));
                return;
            }
            f.set(cmd.origin(), Target.of(LifecycleSettings.KONG_QUIT_WAIT),
                    TimeSpan.ofSeconds(wait.find() ? Long.parseLong(wait.group(1)) : 0));
            if (timeout.find()) {
                f.set(cmd.origin(), Target.of(LifecycleSettings.KONG_QUIT_TIMEOUT),
                        TimeSpan.ofSeconds(Long.parseLong(timeout.group(1))));
            }
        } else if (sleep.find()) {
            f.set(cmd.origin(), Target.of(LifecycleSettings.PRE_STOP_SLEEP),
                    TimeSpan.ofSeconds(Long.parseLong(sleep.group(1))));
        } else {
            f.notUnderstood(cmd.origin(), ReportText.of("k8s.preStop.unknown", text));
        }
    }

    public static void readiness(Node probe, Findings f) throws ImportException {
        MapWalk w = new MapWalk(probe);
        w.seconds("initialDelaySeconds", LifecycleSettings.READINESS_INITIAL_DELAY, f);
        w.seconds("periodSeconds", LifecycleSettings.READINESS_PERIOD, f);
        Node success = w.take("successThreshold").orElse(null);
        if (success != null) {
            f.set(success.origin(), Target.of(LifecycleSettings.READINESS_SUCCESS_THRESHOLD), success.integer());
        }
        w.rest(f, Map.of("*", ReportText.of("k8s.readiness.rest")));
    }

    private static ReportText notSimulated(String what) {
        return ReportText.of("k8s.notSimulated", ReportText.of(what));
    }
}
