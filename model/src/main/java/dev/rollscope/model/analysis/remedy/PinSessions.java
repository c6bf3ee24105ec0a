package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.Topology;
import java.util.Locale;

/**
 * Session affinity at the application's front (domain.md §12), for a resumable upload whose partial
 * upload lives on one pod (§13): its chunks then follow the pin to that pod while the pod is in the
 * front's view. The pin is the front's by what the client sends where it can read it (a Kong hash on
 * a cookie, the ALB's generated cookie), by client IP where it cannot (a Service's ClientIP, an
 * internal TCP LB), which behind a proxy is the proxy's address: the search says what that pins.
 *
 * @param hop   the application's hop
 * @param front its front
 */
public record PinSessions(String hop, FrontKind front) implements Remedy {

    /** Affinity at the front of {@code h}. */
    static PinSessions at(Hop h) {
        return new PinSessions(h.id(), h.front());
    }

    /** True when the hop's front pins nothing yet. */
    static boolean fits(Hop h) {
        return switch (h.front()) {
            case KONG_UPSTREAM -> h.get(FrontSettings.HASH_ON).key() == SessionAffinity.Key.NONE;
            case GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB, K8S_SERVICE ->
                    h.get(FrontSettings.SESSION_AFFINITY).key() == SessionAffinity.Key.NONE;
        };
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        return scenario;
    }

    @Override
    public Topology applyTo(Topology topology) {
        int i = topology.indexOf(hop);
        Hop h = topology.hops().get(i);
        Hop pinned = switch (front) {
            case KONG_UPSTREAM -> h.with(FrontSettings.HASH_ON, KongHashOn.COOKIE);
            case GCP_EXTERNAL_ALB -> h.with(FrontSettings.SESSION_AFFINITY, SessionAffinity.GENERATED_COOKIE);
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE -> h.with(FrontSettings.SESSION_AFFINITY, SessionAffinity.CLIENT_IP);
        };
        return topology.withHop(i, pinned);
    }

    @Override
    public String text(Locale locale) {
        return RemedyAnswer.text(locale, "remedy.pin", hop, pin(locale));
    }

    @Override
    public String replacedText(Locale locale) {
        return RemedyAnswer.text(locale, "remedy.pin.replaced", hop);
    }

    private String pin(Locale locale) {
        return RemedyAnswer.text(locale, "remedy.pin." + switch (front) {
            case KONG_UPSTREAM -> "kong";
            case GCP_EXTERNAL_ALB -> "cookie";
            case GCP_INTERNAL_TCP_LB, K8S_SERVICE -> "ip";
        });
    }
}
