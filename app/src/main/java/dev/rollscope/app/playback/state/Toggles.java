package dev.rollscope.app.playback.state;

import java.util.Arrays;

/**
 * A flag that switches on and off at known times (a front routing to an instance, a drain under
 * way), answered for any time by binary search. Switches are recorded in time order; the last one
 * at or before a time wins.
 */
final class Toggles {

    private long[] times = new long[2];
    private boolean[] values = new boolean[2];
    private int size;

    void record(long time, boolean on) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = time;
        values[size] = on;
        size++;
    }

    /** The flag at time t: the value of the last switch at or before t, false before the first. */
    boolean at(long t) {
        int i = Search.lastAtOrBefore(times, size, t);
        return i >= 0 && values[i];
    }
}
