package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * A blue/green switch of one hop (domain.md §14): a new version ("green") of every instance is
 * created beside the old ones ("blue") and takes no traffic until all of it is available; then the
 * switch sends new requests to green while requests in flight stay on blue, and blue is taken away
 * after the hop's delay. How the switch is made decides what "taken away" does to those requests.
 *
 * @param method how traffic is switched from blue to green
 * @param hop    the hop switched
 * @param at      when green is created, from the start of the scenario
 * @param weights the URL map's weights at the switch ({@link Weights#ALL_TO_GREEN} for every other method)
 */
public record BlueGreen(Method method, String hop, TimeSpan at, Weights weights) implements Disruption {

    /**
     * The weights of a URL map's two weighted backend services after the switch (domain.md §14,
     * TF-URLMAP: 0 to 1000 each, share = weight / sum, applied to new requests only). Blue at 0 is
     * the whole switch, and blue is detached after rollout.detachDelay; blue above 0 is a canary
     * that holds: both sides keep their share and nothing is detached.
     */
    public record Weights(int blue, int green) {

        /** Every new request to green: the switch as a whole. */
        public static final Weights ALL_TO_GREEN = new Weights(0, 100);

        public Weights {
            if (blue < 0 || blue > 1000) {
                throw RefusalException.of("blueGreen.blue", blue);
            }
            if (green < 1 || green > 1000) {
                throw RefusalException.of("blueGreen.green", green);
            }
        }

        /** True when blue keeps a share of new requests: a canary. */
        public boolean split() {
            return blue > 0;
        }
    }

    /** How the traffic is switched; each is its own kind of disruption. */
    public enum Method {
        /**
         * A Kubernetes Service's selector moves from the blue to the green Deployment's pods: their
         * endpoints change as any pod's do (§6, §10); established connections stay on blue (§14);
         * blue is scaled down after rollout.scaleDownDelay, each pod stopping as usual.
         */
        SELECTOR,
        /**
         * A GCP URL map's weighted backend services: the blue backend service's weight goes to 0
         * (only new requests move, §14), and after rollout.detachDelay blue is detached from its
         * backend service, which does not drain (§1, §14): requests still on it are cut.
         */
        URL_MAP,
        /**
         * Kong upstream target weights: the blue pods' targets get weight 0 (no new requests, in-flight
         * ones go on, §14), then blue is scaled down after rollout.scaleDownDelay.
         */
        KONG_WEIGHTS
    }

    public BlueGreen {
        Objects.requireNonNull(method, "blue/green method");
        Objects.requireNonNull(hop, "blue/green hop");
        Objects.requireNonNull(at, "blue/green at");
        Objects.requireNonNull(weights, "blue/green weights");
        if (method != Method.URL_MAP && !weights.equals(Weights.ALL_TO_GREEN)) {
            throw RefusalException.of("blueGreen.weightsOnlyUrlMap");
        }
    }

    /** A switch that sends every new request to green. */
    public BlueGreen(Method method, String hop, TimeSpan at) {
        this(method, hop, at, Weights.ALL_TO_GREEN);
    }

    @Override
    public Kind kind() {
        return switch (method) {
            case SELECTOR -> Kind.SELECTOR_SWITCH;
            case URL_MAP -> Kind.URL_MAP_SWITCH;
            case KONG_WEIGHTS -> Kind.KONG_WEIGHTS;
        };
    }

    @Override
    public List<String> hops() {
        return List.of(hop);
    }

    @Override
    public BlueGreen withAt(TimeSpan newAt) {
        return new BlueGreen(method, hop, newAt, weights);
    }
}
