package dev.rollscope.model.sim;

/**
 * What happened to one request.
 *
 * @param request   index in {@link SimulationResult#requests()}
 * @param requestId the request's id
 * @param ok        true when the client received the whole response
 * @param status    the HTTP status the client saw, or 0 when it got no HTTP answer (connection
 *                  refused or reset before any status)
 * @param truncated true when the status arrived but the response was cut before its end
 * @param start     when the client sent it
 * @param end       when the client had the whole response, or saw the failure
 * @param attempts  connection attempts made for it along the chain (1 per segment when nothing failed)
 * @param failure   why it failed, or null when ok
 */
public record Outcome(int request, String requestId, boolean ok, int status, boolean truncated, long start,
                      long end, int attempts, Failure failure) {

    /**
     * The status as a client would report it: {@code 200}, {@code 502}, {@code reset},
     * {@code 200 truncated}, or {@code none} for a request still waiting at the horizon.
     */
    public String statusText() {
        if (status == 0) {
            return failure != null && failure.cause() == Cause.HORIZON_REACHED ? "none" : "reset";
        }
        return truncated ? status + " truncated" : Integer.toString(status);
    }
}
