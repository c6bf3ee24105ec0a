package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.units.Bandwidth;

/**
 * A request type's client behaviour (domain.md §15) in the engine's milliseconds: how long its
 * header takes, and when (from the start of its upload, or of its response) it pauses and for how
 * long. A client that stops reading pauses its download for {@link #NEVER}.
 */
final class ClientTiming {

    /** No pause of this kind. */
    static final long NO_PAUSE = -1;
    /**
     * A pause that never ends: far beyond any horizon, yet small enough that the clock plus it,
     * plus any span a file may hold, fits in a long.
     */
    static final long NEVER = Long.MAX_VALUE / 4;

    final ClientBehaviour behaviour;
    /** How long the header takes to reach the first proxy (0: at once). */
    final long header;
    /** Upload time before the pause (the client's rate, the pause's byte), or {@link #NO_PAUSE}. */
    final long uploadPauseAfter;
    final long uploadPause;
    /**
     * Download time before the pause, or {@link #NO_PAUSE}. Assumption: the bytes before the pause
     * reach the client at its own download rate; proxy and socket buffers are not modelled, so the
     * stations writing to it block at once when it stops.
     */
    final long downloadPauseAfter;
    final long downloadPause;

    ClientTiming(ClientBehaviour c, long uploadBps, long downloadBps) {
        behaviour = c;
        header = c.headerTime().millis();
        ClientBehaviour.Pause up = c.uploadPause();
        uploadPauseAfter = up == null ? NO_PAUSE : Bandwidth.transferMillis(up.at().bytes(), uploadBps);
        uploadPause = up == null ? 0 : up.length().millis();
        if (c.stopsReadingAt() != null) {
            downloadPauseAfter = Bandwidth.transferMillis(c.stopsReadingAt().bytes(), downloadBps);
            downloadPause = NEVER;
        } else if (c.downloadPause() != null) {
            downloadPauseAfter = Bandwidth.transferMillis(c.downloadPause().at().bytes(), downloadBps);
            downloadPause = c.downloadPause().length().millis();
        } else {
            downloadPauseAfter = NO_PAUSE;
            downloadPause = 0;
        }
    }

    boolean stopsReading() {
        return downloadPause == NEVER;
    }
}
