package dev.rollscope.model.sim.engine;

/** Drives one disruption: starts it, and reacts to instances turning available or going away. */
interface Controller {

    void start();

    default void onAvailable(Instance x) {
    }

    default void onGone(Instance x) {
    }

    /** A timed step the controller scheduled fired: a node-upgrade step or eviction retry, a blue/green scale-down. */
    default void step(int attempt) {
    }
}
