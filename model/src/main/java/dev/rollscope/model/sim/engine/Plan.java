package dev.rollscope.model.sim.engine;

import dev.rollscope.model.units.Bandwidth;

/**
 * The undisturbed timeline of one request through the chain: every connection succeeds at once,
 * nothing is cut. Times are relative to the request's start. The engine moves requests by the
 * same rules; the plan answers "how long would this request still have needed here", which is
 * what every fix is computed from.
 *
 * <p>Rules (domain.md §2, §4, §5, §9): a buffering L7 station reads the whole body before it sends
 * it on; L4 stations and non-buffering L7 stations stream; the application answers after its
 * processing time; the response streams back to the nearest response-buffering station, which
 * sends it on at the next stretch's rate, never finishing before it has received it. A slow client
 * (domain.md §15) adds its header time before everything, its upload pause to the stretch from
 * it, and its download pause to the stretch to it; one that stops reading never gets its response
 * ({@link ClientTiming#NEVER}).
 */
final class Plan {

    /** When the request's headers reach each station. */
    final long[] headers;
    /** When each station has received the whole body (streaming stations: when the stretch ends). */
    final long[] bodyIn;
    /** When each station has sent the whole response to its caller (station 0: received it). */
    final long[] responseOut;
    final long responseStart;

    Plan(Chain chain, long bodyBytes, long responseBytes, long uploadBps, long downloadBps, long processing,
         long internalBps, ClientTiming client) {
        int n = chain.size;
        headers = new long[n];
        bodyIn = new long[n];
        responseOut = new long[n];
        long t = client.header;
        int src = 0;
        while (true) {
            int sink = chain.bodySink[src];
            long dur = src == 0 ? Bandwidth.transferMillis(bodyBytes, uploadBps) + client.uploadPause
                    : Bandwidth.transferMillis(bodyBytes, internalBps);
            for (int k = src + 1; k <= sink; k++) {
                headers[k] = t;
                bodyIn[k] = t + dur;
            }
            t += dur;
            if (sink == chain.lastStation()) {
                break;
            }
            src = sink;
        }
        responseStart = t + processing;
        long end = responseStart;
        int s = chain.lastStation();
        while (s > 0) {
            int sink = chain.responseSink[s];
            long dur = sink == 0 ? Bandwidth.transferMillis(responseBytes, downloadBps) + client.downloadPause
                    : Bandwidth.transferMillis(responseBytes, internalBps);
            end = Math.max(end, responseStart + dur);
            for (int k = sink + 1; k <= s; k++) {
                responseOut[k] = end;
            }
            s = sink;
        }
        responseOut[0] = end;
    }

    /** How long the request stays at station k: from its headers arriving to its response sent. */
    long residence(int k) {
        return responseOut[k] - headers[k];
    }

    /** For caller c: from having sent the whole request to the first response byte. */
    long firstByteWait(Chain chain, int c) {
        return responseStart - bodyIn[chain.callee[c]];
    }

    /** The whole time the client waits. */
    long total() {
        return responseOut[0];
    }
}
