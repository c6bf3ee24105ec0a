package dev.rollscope.app.playback.state;

/** Where a request is in its life at one moment of the playback. */
public enum RequestPhase {
    /** The client has not sent it yet. */
    NOT_SENT,
    /** Its headers are at a station (sent, connected, retried or waiting for a connection). */
    AT_STATION,
    /** Its body is on the way from one station to another. */
    UPLOADING,
    /** A station holds its whole body (a buffering proxy before it forwards it). */
    BUFFERED,
    /** The application at a station works on it, until its first response byte. */
    PROCESSING,
    /** Its response is on the way from one station to another. */
    RESPONDING,
    /** Its bytes stopped flowing: a station waits for an instance that does not answer. */
    STALLED,
    /** The client has the whole response. */
    DONE,
    /** It failed; the failure's hop holds its mark. */
    FAILED;

    /** True for the phases in which the request moves along a leg between two stations. */
    public boolean onLeg() {
        return this == UPLOADING || this == RESPONDING;
    }

    /** True once the request is over, well or badly. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
