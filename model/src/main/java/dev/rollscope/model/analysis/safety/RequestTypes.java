package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request types of a scenario, each with the scenario a danger search sweeps it in.
 *
 * <p>A scenario of at most {@link #EACH_UP_TO} requests is searched request by request, each in
 * the scenario as it is. A bigger one is searched by kind: requests alike in all but their id and
 * start (method, body and response size, bandwidths, processing, idempotency, the client's pauses)
 * are one type, the first of each kind stands for it, and the search's simulations hold those
 * representatives only
 * (the other requests change nothing the search needs: it tries every start and every route
 * anyway). Each entry of the traffic mix is one more type, sent among them. The traffic mix itself
 * is left out, as every sweep leaves it out.
 */
public final class RequestTypes {

    /** The most requests a scenario may have and still be searched request by request. */
    public static final int EACH_UP_TO = 5;

    private RequestTypes() {
    }

    /**
     * One request type.
     *
     * @param id       the id of the request that stands for it, or the mix entry's name (suffixed
     *                 {@code -mix} when a request has that id)
     * @param scenario the scenario to sweep it in
     * @param count    how many of the scenario's own requests it stands for (0 for a mix entry)
     */
    public record RequestType(String id, Scenario scenario, int count) {
    }

    /** What makes two requests behave alike, their client's pauses and resumable protocol included. */
    private record Kind(String method, Object body, Object response, Object upload, Object download,
                        Object processing, Boolean idempotent, Object client, Object resumable) {

        static Kind of(RequestSpec q) {
            return new Kind(q.method(), q.body(), q.response(), q.upload(), q.download(), q.processing(),
                    q.idempotent(), q.client(), q.resumable());
        }
    }

    public static List<RequestType> of(Scenario s) {
        List<RequestType> out = new ArrayList<>();
        Map<Kind, List<RequestSpec>> kinds = kinds(s);
        boolean byKind = s.requests().size() > EACH_UP_TO;
        List<RequestSpec> standing = byKind ? kinds.values().stream().map(k -> k.get(0)).toList() : s.requests();
        Scenario base = byKind ? s.withRequests(standing.isEmpty() ? s.requests() : standing) : s;
        for (RequestSpec r : standing) {
            out.add(new RequestType(r.id(), base.withTraffic(null), byKind ? kinds.get(Kind.of(r)).size() : 1));
        }
        if (s.traffic() != null) {
            for (MixEntry m : s.traffic().entries()) {
                List<RequestSpec> requests = new ArrayList<>(standing);
                requests.add(m.toRequest(mixId(s, m), s.traffic().from()));
                out.add(new RequestType(mixId(s, m), base.withRequests(requests).withTraffic(null), 0));
            }
        }
        return out;
    }

    /**
     * The id of the request type a request of the scenario's simulation belongs to: the id of the
     * request that stands for its kind, or its mix entry's for a request of the traffic mix
     * ({@code read.465} is of {@code read}).
     */
    public static String typeOf(Scenario s, String requestId) {
        Optional<RequestSpec> own = s.request(requestId);
        if (own.isPresent()) {
            return s.requests().size() > EACH_UP_TO ? kinds(s).get(Kind.of(own.get())).get(0).id() : requestId;
        }
        if (s.traffic() == null) {
            return requestId;
        }
        String name = requestId.substring(0, Math.max(0, requestId.lastIndexOf('.')));
        return s.traffic().entries().stream().filter(m -> m.name().equals(name)).findFirst()
                .map(m -> mixId(s, m)).orElse(requestId);
    }

    private static Map<Kind, List<RequestSpec>> kinds(Scenario s) {
        Map<Kind, List<RequestSpec>> byKind = new LinkedHashMap<>();
        s.requests().forEach(q -> byKind.computeIfAbsent(Kind.of(q), k -> new ArrayList<>()).add(q));
        return byKind;
    }

    private static String mixId(Scenario s, MixEntry m) {
        return s.request(m.name()).isPresent() ? m.name() + "-mix" : m.name();
    }
}
