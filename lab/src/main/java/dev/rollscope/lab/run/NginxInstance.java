package dev.rollscope.lab.run;

import dev.rollscope.lab.proc.NginxProcess;

/** An nginx instance of an L7, L4 or Kong hop: any stop signal closes its listener. */
final class NginxInstance implements LabInstance {

    private final String id;
    private final NginxProcess process;
    private volatile boolean signalled;

    NginxInstance(String id, NginxProcess process) {
        this.id = id;
        this.process = process;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int port() {
        return process.port();
    }

    @Override
    public void signal(Signal s) {
        signalled = true;
        if (s == Signal.KILL) {
            process.kill();
        } else {
            process.signal(s.name());
        }
    }

    @Override
    public boolean listening() {
        return !signalled && process.alive();
    }

    @Override
    public boolean alive() {
        return process.alive();
    }

    @Override
    public void close() {
        process.kill();
    }
}
