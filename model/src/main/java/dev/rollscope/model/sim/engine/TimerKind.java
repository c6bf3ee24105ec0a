package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;

/** The timers a station arms for a request ({@link Timers}), each named by the setting that sets it. */
enum TimerKind {
    /** proxy_read_timeout / read_timeout: between two reads from upstream. */
    READ(ProxySettings.UPSTREAM_READ_TIMEOUT),
    /** proxy_send_timeout / write_timeout: between two writes upstream. */
    SEND(ProxySettings.UPSTREAM_SEND_TIMEOUT),
    /** stream proxy_timeout: an L4 session with no byte either way. */
    IDLE(ProxySettings.STREAM_IDLE_TIMEOUT),
    /** The GFE's timeoutSec: a whole-response budget. */
    BACKEND(FrontSettings.BACKEND_TIMEOUT),
    /** client_header_timeout: the whole header from the client (domain.md §15). */
    CLIENT_HEADER(ProxySettings.CLIENT_HEADER_TIMEOUT),
    /** client_body_timeout: between two reads of the body from the client (§15). */
    CLIENT_BODY(ProxySettings.CLIENT_BODY_TIMEOUT),
    /** send_timeout: between two writes of the response to the client (§15). */
    CLIENT_SEND(ProxySettings.SEND_TIMEOUT);

    private static final TimerKind[] VALUES = values();

    private final String settingId;

    TimerKind(Setting<TimeSpan> setting) {
        this.settingId = setting.id();
    }

    /** The id of the setting this timer's duration comes from, as the trace names it. */
    String settingId() {
        return settingId;
    }

    static int count() {
        return VALUES.length;
    }

    static TimerKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
