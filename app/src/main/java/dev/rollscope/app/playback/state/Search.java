package dev.rollscope.app.playback.state;

/** Binary searches over sorted time arrays. */
final class Search {

    private Search() {
    }

    /** The index of the last of the first {@code size} times that is ≤ t, or -1 when none is. */
    static int lastAtOrBefore(long[] times, int size, long t) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
