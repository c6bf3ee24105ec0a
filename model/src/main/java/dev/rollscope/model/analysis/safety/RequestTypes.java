package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The request types of a scenario, each with the scenario a danger search sweeps it in: the
 * scenario's own requests as they are, and each entry of its traffic mix as one more request of
 * the scenario (the mix itself left out, as every sweep leaves it out).
 */
public final class RequestTypes {

    private RequestTypes() {
    }

    /**
     * One request type.
     *
     * @param id       the request's id, or the mix entry's name (suffixed when a request has it)
     * @param scenario the scenario to sweep it in
     */
    public record RequestType(String id, Scenario scenario) {
    }

    /**
     * The id of the request type a request of the scenario's simulation belongs to: its own id for
     * one of the scenario's requests, its mix entry's for a request of the traffic mix
     * ({@code read.465} is of {@code read}).
     */
    public static String typeOf(Scenario s, String requestId) {
        if (s.request(requestId).isPresent() || s.traffic() == null) {
            return requestId;
        }
        String name = requestId.substring(0, Math.max(0, requestId.lastIndexOf('.')));
        return s.request(name).isPresent() ? name + "-mix" : name;
    }

    public static List<RequestType> of(Scenario s) {
        List<RequestType> out = new ArrayList<>();
        for (RequestSpec r : s.requests()) {
            out.add(new RequestType(r.id(), s.withTraffic(null)));
        }
        if (s.traffic() != null) {
            for (MixEntry m : s.traffic().entries()) {
                String id = s.request(m.name()).isPresent() ? m.name() + "-mix" : m.name();
                List<RequestSpec> requests = new ArrayList<>(s.requests());
                requests.add(m.toRequest(id, s.traffic().from()));
                out.add(new RequestType(id, s.withTraffic(null).withRequests(requests)));
            }
        }
        return out;
    }
}
