package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The moments the wheel's window moves, by hand: a fresh queue's wheel holds 64 ms from the last
 * event taken (time 0 at first); later events wait outside and come in when the window reaches
 * them, or when the wheel widens to 256 ms once 8 of them wait (it may take 128 lists per pending
 * event, and 256 ms are 1,024 lists: 4 per millisecond, one per priority). READY has priority 0,
 * REQUEST_START 1, TIMER 2. Each event's {@code a} is the order it was pushed in.
 */
class EventQueueWheelTest {

    private final EventQueue queue = new EventQueue();
    private int pushed;

    @Test
    void eventsThatWaitedOutsideKeepTheirPriorityAndGoBeforeLaterOnesOfTheirMillisecond() {
        push(100, Ev.TIMER); // 0: outside (100 ms is past the window 0..63)
        push(100, Ev.READY); // 1: outside
        push(50, Ev.REQUEST_START); // 2: in the wheel
        assertThat(popTimes(1)).containsExactly(50L); // the window moves to 50..113: events 0 and 1 come in
        push(100, Ev.READY); // 3: straight into the wheel, behind event 1

        // at 100 ms: priority 0 in the order pushed (1, then 3), then the timer (0)
        assertThat(popOrder(3)).containsExactly(1, 3, 0);
    }

    @Test
    void aWidenedWheelLetsInTheEventsItNowReachesBeforeAnythingScheduledThereAfter() {
        for (int i = 0; i < 40; i++) {
            push(100 + i, Ev.REQUEST_START); // 0..39 at 100..139 ms: the 8th widens the wheel to 256 ms
        }
        push(100, Ev.REQUEST_START); // 40: at 100 ms, after event 0

        List<Integer> order = popOrder(41);
        assertThat(order.subList(0, 3)).containsExactly(0, 40, 1);
        assertThat(order.get(40)).isEqualTo(39);
    }

    @Test
    void anEventBeforeTheLastOneTakenGoesFirst() {
        push(10, Ev.REQUEST_START); // 0
        push(12, Ev.REQUEST_START); // 1
        assertThat(popTimes(1)).containsExactly(10L); // the wheel now starts at 10
        push(10, Ev.READY); // 2: the current millisecond with a higher priority: in the wheel, first
        push(9, Ev.TIMER); // 3: before the wheel's start: waits outside, and still goes first

        assertThat(popOrder(3)).containsExactly(3, 2, 1);
    }

    private void push(long time, Ev kind) {
        queue.push(time, kind, pushed++, 0, 0);
    }

    private List<Long> popTimes(int n) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queue.pop();
            times.add(queue.time());
        }
        return times;
    }

    private List<Integer> popOrder(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queue.pop();
            order.add(queue.a());
        }
        assertThat(queue.isEmpty()).isTrue();
        return order;
    }
}
