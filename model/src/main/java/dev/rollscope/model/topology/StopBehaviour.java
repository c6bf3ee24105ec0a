package dev.rollscope.model.topology;

/** What a hop's process does when its platform asks it to stop (domain.md §2, §5, §6). */
public enum StopBehaviour {
    /**
     * Close the listener, finish in-flight requests, then exit (nginx and Kong on QUIT, an
     * application with a SIGTERM handler).
     */
    GRACEFUL,
    /** Exit at once, cutting every connection (nginx on TERM, a process without a SIGTERM handler). */
    IMMEDIATE
}
