package dev.rollscope.model.sim;

/**
 * One entry of a {@link Trace}. Which fields are filled depends on the {@link TraceEventType};
 * unused numbers are -1 and an unused detail is empty.
 *
 * @param time         simulated time in milliseconds from the start of the scenario
 * @param type         what happened
 * @param request      index in {@link SimulationResult#requests()}, or -1
 * @param station      index in {@link SimulationResult#stations()}, or -1
 * @param instance     index in {@link SimulationResult#instances()}, or -1
 * @param peerStation  the other end of a connection or transfer, or -1
 * @param peerInstance the instance at the other end, or -1
 * @param value        a number whose meaning the type defines (bytes, status, attempt, version)
 * @param until        a time the type defines (when a transfer ends, a timer fires), or -1
 * @param detail       a short word the type defines (a setting id, a signal, a reason)
 */
public record TraceEvent(long time, TraceEventType type, int request, int station, int instance,
                         int peerStation, int peerInstance, long value, long until, String detail) {
}
