package dev.rollscope.model.sim;

/** The state of one instance over an interval of its life (see {@link InstanceInfo#intervals()}). */
public enum InstanceState {
    /** Created; its process does not accept connections yet. */
    STARTING,
    /** Its process accepts connections; it has not passed readiness or the health check. */
    LISTENING,
    /** Ready: routable once its front has noticed. */
    READY,
    /** Being removed (pod deleted or VM removed from its backend service) but still serving. */
    TERMINATING,
    /** Its process received its stop signal: listener closed, finishing in-flight work. */
    STOPPING,
    /** Its process is not running (crashed, or exited while the pod or VM still exists). */
    DOWN,
    /** Deleted. */
    GONE
}
