package dev.rollscope.model.sim.engine;

/** The signals a process receives when its platform stops it. */
enum Signal {
    /** nginx's graceful stop; also Kong's image STOPSIGNAL (domain.md §2, §5). */
    QUIT,
    /** SIGTERM: graceful or immediate as the process decides; for nginx a fast stop (§2). */
    TERM,
    /** SIGKILL at the end of the grace period (§6). */
    KILL
}
