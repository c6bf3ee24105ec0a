package dev.rollscope.lab.client;

import java.util.List;

/**
 * What the lab's client saw for one request.
 *
 * @param status    the HTTP status, or 0 when the connection closed or reset before one arrived
 * @param truncated the status arrived but the body was cut before its end
 * @param hops      the {@code X-Hop} headers in the order they arrived: the deepest hop that
 *                  answered comes first, then each hop the answer passed on its way out
 * @param start     when the client connected, ms from the scenario's start
 * @param end       when it had the whole response or saw the failure, ms from the scenario's start
 * @param error     the client-side error ("reset", "timeout"), or empty
 * @param uploadOffset the tus {@code Upload-Offset} of the answer (domain.md §13), or -1
 */
public record RealOutcome(String requestId, int status, boolean truncated, List<String> hops, long start, long end,
                          String error, long uploadOffset) {

    public RealOutcome {
        hops = List.copyOf(hops);
    }

    /** An outcome without a tus offset. */
    public RealOutcome(String requestId, int status, boolean truncated, List<String> hops, long start, long end,
                       String error) {
        this(requestId, status, truncated, hops, start, end, error, -1);
    }

    public boolean ok() {
        return status == 200 && !truncated && error.isEmpty();
    }

    /** The hop whose answer the client got: {@code A}, {@code A/front}, or "client" when none answered. */
    public String answeredBy() {
        if (hops.isEmpty()) {
            return "client";
        }
        String first = hops.get(0);
        int dot = first.lastIndexOf('.');
        return first.contains("/") || dot < 0 ? first : first.substring(0, dot);
    }

    /** As the engine writes it: {@code 200}, {@code 502}, {@code reset}, {@code 200 truncated}. */
    public String statusText() {
        if (status == 0) {
            return "reset";
        }
        return truncated ? status + " truncated" : Integer.toString(status);
    }
}
