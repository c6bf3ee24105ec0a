package dev.rollscope.model.sim.engine;

/**
 * Told whenever an instance stops carrying something (a request, an idle pooled connection): a
 * gracefully stopping process exits once it carries nothing ({@link Stopping#exitIfIdle}). The way
 * back from the request side of the engine to the instance side (docs/decisions/0010).
 */
interface Freed {

    void freed(Instance x);
}
