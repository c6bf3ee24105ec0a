package dev.rollscope.lab.run;

/**
 * One running instance of a hop: an nginx process, or the lab's application server. It is told to
 * stop as its service manager would tell it (domain.md §2, §5, §6).
 */
interface LabInstance extends AutoCloseable {

    /** The signals a service manager or the kubelet sends. */
    enum Signal { QUIT, TERM, KILL }

    String id();

    int port();

    /**
     * Delivers a stop signal and lets the instance act on it as it is configured: nginx stops
     * gracefully on QUIT and fast on TERM; the application stops gracefully or at once on TERM
     * (lifecycle.onStopSignal); KILL ends anything at once.
     */
    void signal(Signal s);

    boolean alive();

    /** True until the instance closes its listener (a stop signal, or its end). */
    boolean listening();

    /** Ends whatever is left: called once the scenario is over, or when it fails. */
    @Override
    void close();
}
