package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Outcome;

/**
 * The request of a sweep started at one offset, and what happened to it.
 *
 * @param offset  ms from the start of the disruption (negative: before it)
 * @param outcome the request's outcome in the simulation of that offset; its times are those of
 *                that simulation, whose disruptions may be shifted later (see {@link SweepResult#shift()})
 */
public record SweepPoint(long offset, Outcome outcome) {

    public boolean ok() {
        return outcome.ok();
    }
}
