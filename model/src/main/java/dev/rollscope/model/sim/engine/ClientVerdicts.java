package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.topology.ProxySettings.CLIENT_BODY_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_HEADER_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.SEND_TIMEOUT;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;

/**
 * The verdicts on a client that was too slow for a proxy's client timers (domain.md §15): the
 * setting that fired, and a fix that raises it, and every other proxy's same timer that the pause
 * would also outlast, to at least the pause (a pause exactly as long as the timer is in time).
 * A client that stops reading has no fix. The arguments of each cause start with the hop, its
 * timer, the caller that saw the close and what the client saw, in the order its texts use them.
 */
final class ClientVerdicts {

    private final Chain chain;

    ClientVerdicts(Chain chain) {
        this.chain = chain;
    }

    FailureBuilder header(FailureBuilder b, RequestRun r, int k, Hop hop) {
        long header = r.type.client.header;
        raiseAll(b, r, k, k, CLIENT_HEADER_TIMEOUT, chain.clientHeaderTimeout, header);
        return common(b, r, k, hop, CLIENT_HEADER_TIMEOUT).args(ms(header));
    }

    FailureBuilder body(FailureBuilder b, RequestRun r, int k, Hop hop) {
        ClientTiming c = r.type.client;
        ClientBehaviour.Pause p = c.behaviour.uploadPause();
        int sink = chain.bodySink[0];
        raiseAll(b, r, k, sink, CLIENT_BODY_TIMEOUT, chain.clientBodyTimeout, c.uploadPause);
        return common(b, r, k, hop, CLIENT_BODY_TIMEOUT).args(p.length(), p.at(), ByteSize.ofBytes(r.body),
                gfeBefore(sink));
    }

    FailureBuilder send(FailureBuilder b, RequestRun r, int k, Hop hop) {
        ClientTiming c = r.type.client;
        ClientBehaviour cb = c.behaviour;
        int last = ClientStalls.lastResponseSource(chain);
        if (c.stopsReading()) {
            b.setting(hop, SEND_TIMEOUT);
        } else {
            raiseAll(b, r, k, last, SEND_TIMEOUT, chain.clientSendTimeout, c.downloadPause);
        }
        return common(b, r, k, hop, SEND_TIMEOUT).args(
                c.stopsReading() ? "" : cb.downloadPause().length().toHuman(),
                c.stopsReading() ? cb.stopsReadingAt() : cb.downloadPause().at(), ByteSize.ofBytes(r.response),
                c.stopsReading() ? "@send.stopped" : "@send.paused", gfeBefore(last));
    }

    /** The hop, its timer, the caller that saw the close, what the client saw. */
    private FailureBuilder common(FailureBuilder b, RequestRun r, int k, Hop hop, Setting<TimeSpan> timer) {
        int caller = chain.observer(k);
        String seen = r.responseStarted ? "@client.truncated"
                : caller == 0 ? "@client.closed"
                : chain.frontProxy[caller] ? "@client.front" : "@client.proxy";
        return b.args(hop.id(), hop.get(timer), chain.hopId(caller), seen);
    }

    /**
     * The fired timer's setting, and a raise to at least {@code pause} of it and of every same
     * timer from station 1 to {@code last} that the pause outlasts (raising one alone would move
     * the close to the next).
     */
    private void raiseAll(FailureBuilder b, RequestRun r, int k, int last, Setting<TimeSpan> setting,
                          long[] timeouts, long pause) {
        b.setting(chain.hopAt(k), setting);
        for (int s = 1; s <= last; s++) {
            if (timeouts[s] != Chain.NONE && timeouts[s] < pause) {
                b.raise(chain.hopAt(s), setting, TimeSpan.wholeSecondsAtLeast(pause));
            }
        }
    }

    /** The note that a GFE passed the pause on, its own client timers being unknown (§1, §15), or none. */
    private String gfeBefore(int last) {
        for (int s = 1; s <= last; s++) {
            if (chain.frontProxy[s]) {
                return "@client.gfe";
            }
        }
        return "@none";
    }

    private static String ms(long millis) {
        return TimeSpan.ofMillis(millis).toHuman();
    }
}
