package dev.rollscope.model.sim;

/**
 * What a {@link TraceEvent} records. Each constant says which fields of the event it fills; fields
 * it does not name are -1 (numbers) or empty (detail).
 */
public enum TraceEventType {
    // ---- instances and load balancers ----
    /** instance created; station = its hop; value = version (1 = old, 2 = new); detail "initial" for those present at 0. */
    INSTANCE_CREATED,
    /** instance's process accepts connections. */
    INSTANCE_LISTENING,
    /** instance passed its readiness probe or load-balancer health check. */
    INSTANCE_READY,
    /** instance counts as available to its rollout (ready for minReady). */
    INSTANCE_AVAILABLE,
    /** the front of station's hop now routes new connections to instance. */
    VIEW_ADDED,
    /** the front of station's hop no longer routes new connections to instance. */
    VIEW_REMOVED,
    /** instance's removal began: pod deletion or eviction, or removal from a backend service; detail = why. */
    REMOVAL_STARTED,
    /** the front began draining instance; until = when the drain ends. */
    DRAIN_STARTED,
    /** the drain of instance ended: the front cut (detail "cut") or stopped forwarding ("dropped") what remained. */
    DRAIN_ENDED,
    /** instance's preStop hook started; until = when it ends; detail = the hook. */
    PRESTOP_STARTED,
    /** instance's preStop hook ended. */
    PRESTOP_ENDED,
    /** a signal reached instance's process; detail = QUIT, TERM or KILL; value = 1 if the process stops gracefully. */
    SIGNAL,
    /** instance closed its listener: new connections are refused. */
    LISTENER_CLOSED,
    /** instance's process exited. */
    PROCESS_EXITED,
    /** instance is gone (pod deleted, VM deleted). */
    INSTANCE_GONE,
    /** instance crashed; value = 1 if the whole host went down (a VM), 0 if only the process died. */
    INSTANCE_CRASHED,
    /** a disruption of station's hop started; detail = rollout, node-upgrade, crash, canary, selector-switch,
     * url-map-switch, kong-weights. */
    DISRUPTION_STARTED,
    /** a disruption of station's hop finished. */
    DISRUPTION_FINISHED,
    /**
     * a blue/green switch: station's front now sends new requests to version value only (requests
     * in flight stay where they are); detail = selector-switch, url-map-switch, kong-weights.
     */
    TRAFFIC_SWITCHED,
    /** a node upgrade began draining node value. */
    NODE_DRAIN_STARTED,
    /** the eviction of instance was refused by its PodDisruptionBudget; until = the next try. */
    EVICTION_BLOCKED,

    // ---- requests ----
    /** the client sent request; station = 0. */
    REQUEST_SENT,
    /** station opened (or reused, detail "pooled") a connection to peerStation's peerInstance; value = attempt (1-based). */
    CONNECTED,
    /** station's connection to peerStation failed; peerInstance may be -1; detail = refused, no-backend, blackhole. */
    CONNECT_FAILED,
    /** station began sending the body to peerStation; value = bytes; until = when it will have arrived. */
    BODY_STARTED,
    /** station has the whole body (a buffering proxy, or the application). */
    BODY_RECEIVED,
    /** the application at station began processing; until = its first response byte. */
    PROCESSING_STARTED,
    /** station began sending the response to peerStation; value = bytes; until = when it will have arrived. */
    RESPONSE_STARTED,
    /** station has received the whole response (station 0: the client, the request is done). */
    RESPONSE_RECEIVED,
    /** a timer of station was armed; detail = the setting id; until = when it fires. */
    TIMER_ARMED,
    /** a timer of station was cleared before it fired; detail = the setting id. */
    TIMER_CLEARED,
    /** a timer of station fired; detail = the setting id. */
    TIMER_FIRED,
    /** the request's bytes stopped flowing at instance (its host is down or its flow dropped); station = the caller that waits. */
    STALLED,
    /** the connection of station to peerStation was cut; peerInstance = the instance at fault; detail = why. */
    CUT,
    /** station tries the request again on a new connection; value = attempt number; detail = why. */
    RETRIED,
    /** station answered the request itself; value = the HTTP status; detail = the cause. */
    STATUS_SENT,
    /** the request is over; value = the status the client saw (0 = none); detail = OK or FAILED. */
    REQUEST_DONE,
    /**
     * a resumable upload's attempt is over and the client sends the next (domain.md §13); station = 0;
     * value = the offset the client resumes from; until = when it sends; detail = {@code chunk} (acknowledged),
     * {@code retry:CAUSE} (after its retry pause) or {@code restart} (the upload was unknown: from 0).
     */
    UPLOAD_NEXT
}
