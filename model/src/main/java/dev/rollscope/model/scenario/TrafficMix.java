package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
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
            throw RefusalException.of("traffic.rate", (long) MAX_RATE, ratePerSecond);
        }
        Objects.requireNonNull(from, "traffic from");
        Objects.requireNonNull(until, "traffic until");
        if (until.compareTo(from) <= 0) {
            throw RefusalException.of("traffic.order", from, until);
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "traffic entries"));
        if (entries.isEmpty()) {
            throw RefusalException.of("traffic.noEntry");
        }
        long total = entries.stream().mapToLong(MixEntry::weight).sum();
        if (total > Integer.MAX_VALUE) {
            throw RefusalException.of("traffic.weights", Integer.MAX_VALUE, total);
        }
    }

    public int totalWeight() {
        return entries.stream().mapToInt(MixEntry::weight).sum();
    }
}
