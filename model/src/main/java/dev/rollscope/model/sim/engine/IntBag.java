package dev.rollscope.model.sim.engine;

import java.util.Arrays;

/**
 * An unordered set of small non-negative ints with O(1) add and remove and no allocation in steady
 * state: members are kept densely in an array, and each member's slot is remembered by the caller
 * (a request remembers where it sits in each instance's bag).
 */
final class IntBag {

    private int[] items = new int[8];
    private int size;

    /** Adds {@code v} and returns its slot, which {@link #removeAt} needs. */
    int add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size] = v;
        return size++;
    }

    /**
     * Removes the member at {@code slot}; the last member moves into that slot and is returned, so
     * its owner can update the slot it remembers (or -1 when nothing moved).
     */
    int removeAt(int slot) {
        int last = --size;
        if (slot == last) {
            return -1;
        }
        items[slot] = items[last];
        return items[slot];
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** A copy of the members, for iterating while members are removed. */
    int[] snapshot() {
        return Arrays.copyOf(items, size);
    }
}
