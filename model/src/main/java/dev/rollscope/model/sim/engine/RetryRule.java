package dev.rollscope.model.sim.engine;

/**
 * When a station may pass a failed request to another upstream attempt (domain.md §2
 * proxy_next_upstream, §5 Kong retries, §1 GFE, §8.12):
 * <ul>
 *   <li>the client does not retry, and nothing is retried once the response has started;</li>
 *   <li>the station's next-upstream rule must be on;</li>
 *   <li>once anything was sent, only a request whose whole body the station still holds (it
 *       buffered it, or there is none) and that is idempotent (or non_idempotent is set);</li>
 *   <li>the GFE retries idempotent requests only (unconfirmed);</li>
 *   <li>within the station's tries: nginx tries each server of its upstream group once, and a
 *       VIP is one server, plus one more when the failed connection came from the keepalive cache
 *       and the error was not a timeout (NX-src u->peer.tries++); Kong tries retries + 1 times;
 *       the GFE retries + 1.</li>
 * </ul>
 */
final class RetryRule {

    private RetryRule() {
    }

    static boolean allows(Chain ch, RequestRun r, int c, boolean sent, boolean timeout) {
        if (c == 0 || !ch.nextUpstream[c]) {
            return false;
        }
        boolean bodyHeld = r.body == 0 || (ch.l7[c] && ch.requestBuffering[c]);
        if (sent && !(bodyHeld && (r.idempotent || ch.nonIdempotent[c]))) {
            return false;
        }
        if (ch.frontProxy[c] && !r.idempotent) {
            return false;
        }
        int limit = ch.tries[c];
        if (ch.triesPerServer[c]) {
            int servers = 1;
            limit = limit == 0 ? servers : Math.min(limit, servers);
        }
        if (r.pooledConn[c] != null && !timeout) {
            limit++;
        }
        return r.attempts[c] < limit;
    }
}
