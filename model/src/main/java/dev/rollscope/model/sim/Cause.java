package dev.rollscope.model.sim;

/**
 * Why a request failed. Each cause names the fact of domain.md it rests on; its explanation, the
 * inequality it breaks and its fix are the resource-bundle entries
 * {@code cause.NAME.summary/why/inequality/fix} of {@code dev/rollscope/model/sim/explanations},
 * filled with {@link Failure#args()}.
 */
public enum Cause {
    /** A hop refused a body larger than its limit with 413. domain.md §2 client_max_body_size, §8.4. */
    BODY_TOO_LARGE("§2 client_max_body_size; §8.4"),
    /** The GFE's whole-response budget ran out: 502 backend_timeout. domain.md §1 timeoutSec, §8.3. */
    LB_BACKEND_TIMEOUT("§1 backend service timeoutSec; §8.3"),
    /** No byte from upstream within the per-read timeout: 504. domain.md §2 proxy_read_timeout, §5 read_timeout, §8.10. */
    READ_TIMEOUT("§2 proxy_read_timeout; §5 read_timeout; §8.10"),
    /** An L4 session saw no byte either way for its proxy_timeout. domain.md §4. */
    STREAM_IDLE_TIMEOUT("§4 stream proxy_timeout"),
    /** The drain of the instance ended with the request still on it. domain.md §1, §3 connectionDraining, §8.5. */
    DRAIN_ENDED("§1, §3 connectionDraining; §8.5"),
    /** A pooled upstream connection through a draining instance was reused, then cut when the drain ended. domain.md §8.8. */
    POOLED_CONNECTION_DRAINED("§2 upstream keepalive; §3 connectionDraining; §4; §8.8"),
    /** The process exited at once on its stop signal, cutting in-flight requests. domain.md §8.1. */
    STOPPED_AT_ONCE("§6 pod termination; §8.1"),
    /** kong quit's --timeout ran out and it sent TERM (fast stop). domain.md §5, §8.9. */
    KONG_QUIT_TIMEOUT("§5 kong quit --wait/--timeout; §8.9"),
    /** The pod was killed at terminationGracePeriodSeconds. domain.md §6. */
    GRACE_PERIOD_EXPIRED("§6 terminationGracePeriodSeconds"),
    /** nginx's worker_shutdown_timeout closed the request's connection during a graceful stop. domain.md §2. */
    WORKER_SHUTDOWN_TIMEOUT("§2 worker_shutdown_timeout"),
    /** Routed to an instance that had stopped listening, and no retry could save it. domain.md §6 termination vs endpoints, §8.1, §8.12. */
    ROUTED_TO_STOPPED("§6 termination vs endpoints; §8.1; §8.12"),
    /** The front had no instance to route to. domain.md §7 maxUnavailable, §8.2, §8.15. */
    NO_ROUTABLE_INSTANCE("§6, §7 maxSurge/maxUnavailable; §8.2; §8.15"),
    /**
     * The VM carrying the request was detached from its backend service after a URL map switch:
     * detaching does not drain (domain.md §1, §14), so the request was cut.
     */
    BACKEND_DETACHED("§14 weighted backend services, detaching a backend; §1 connectionDraining"),
    /** The instance carrying the request crashed. */
    INSTANCE_CRASHED("scenario crash; §1 health check"),
    /** The request never got an answer before the simulation ended (no timer covered its stall). */
    NO_RESPONSE("no timeout covers this stall"),
    /** The client's header took longer than client_header_timeout: closed, no response (logged 408). domain.md §2, §15. */
    CLIENT_HEADER_TIMEOUT("§2 client_header_timeout; §15"),
    /** The client paused its upload longer than client_body_timeout: closed, no response (logged 408). domain.md §2, §15. */
    CLIENT_BODY_TIMEOUT("§2 client_body_timeout; §15"),
    /** The client stopped reading the response for longer than send_timeout: closed (logged 408). domain.md §2, §15. */
    CLIENT_SEND_TIMEOUT("§2 send_timeout; §15"),
    /** The request had not ended (or not even started) when the simulation reached its horizon. */
    HORIZON_REACHED("the scenario's horizon"),
    /**
     * A resumable upload's chunk reached a pod that does not know the upload (its partial upload
     * lived on another pod's own storage, or on a pod that was replaced): 404. domain.md §13.
     */
    UPLOAD_NOT_FOUND("§13 resumable uploads: tus HEAD/PATCH 404, tusd storage and locks");

    private final String rule;

    Cause(String rule) {
        this.rule = rule;
    }

    /** The sections of domain.md this cause rests on. */
    public String rule() {
        return rule;
    }

    /**
     * False when no setting change is an answer to it: the simulation stopped at its horizon with
     * the request still running, which says nothing of how it would have ended. A fix plan's
     * changes clear the request type's dangers, not this.
     */
    public boolean settingsCanSave() {
        return switch (this) {
            case BODY_TOO_LARGE, LB_BACKEND_TIMEOUT, READ_TIMEOUT, STREAM_IDLE_TIMEOUT, DRAIN_ENDED,
                 POOLED_CONNECTION_DRAINED, STOPPED_AT_ONCE, KONG_QUIT_TIMEOUT, GRACE_PERIOD_EXPIRED,
                 WORKER_SHUTDOWN_TIMEOUT, ROUTED_TO_STOPPED, NO_ROUTABLE_INSTANCE, BACKEND_DETACHED, INSTANCE_CRASHED,
                 NO_RESPONSE, CLIENT_HEADER_TIMEOUT, CLIENT_BODY_TIMEOUT, CLIENT_SEND_TIMEOUT -> true;
            case HORIZON_REACHED, UPLOAD_NOT_FOUND -> false;
        };
    }
}
