package dev.rollscope.model.scenario;

import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * Steady traffic: requests arrive as a Poisson process of {@code ratePerSecond} between
 * {@code from} and {@code until}, each of a type drawn by weight from {@code entries}, all from the
 * scenario's seed.
 */
public record TrafficMix(double ratePerSecond, TimeSpan from, TimeSpan until, List<MixEntry> entries) {

    public static final double MAX_RATE = 100_000;

    public TrafficMix {
        if (!(ratePerSecond > 0 && ratePerSecond <= MAX_RATE)) {
            throw new IllegalArgumentException("traffic rate must be above 0 and at most " + (long) MAX_RATE
                    + " requests/s, not " + ratePerSecond);
        }
        Objects.requireNonNull(from, "traffic from");
        Objects.requireNonNull(until, "traffic until");
        if (until.compareTo(from) <= 0) {
            throw new IllegalArgumentException("traffic must end after it starts: from " + from + " until " + until);
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "traffic entries"));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a traffic mix has at least one entry");
        }
        long total = entries.stream().mapToLong(MixEntry::weight).sum();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the weights of a traffic mix add up to at most " + Integer.MAX_VALUE
                    + ", not " + total);
        }
    }

    public int totalWeight() {
        return entries.stream().mapToInt(MixEntry::weight).sum();
    }
}
