package dev.rollscope.lab.run;

import java.util.function.Consumer;

/**
 * What balances new connections to a hop's instances: the lab's balancer (behind an nginx for a
 * GCP external ALB), or Kong's own target list. The rollout tells it what to route to.
 */
interface Front extends AutoCloseable {

    /** The address callers of the hop connect to, or null when callers list the targets themselves (Kong). */
    String address();

    void route(LabInstance x);

    void unroute(String instanceId);

    /** A drain ends: what is still open to the instance is cut or dropped. */
    void endDrain(String instanceId);

    /** Where the front tells what the journal should show (a caller reset after accept). */
    default void log(Consumer<String> sink) {
        // nothing to tell
    }

    @Override
    void close();
}
