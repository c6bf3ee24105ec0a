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
