package dev.rollscope.lab.run;

import dev.rollscope.lab.proc.NginxProcess;
import java.util.function.Supplier;

/** An nginx instance of an L7, L4 or Kong hop; its configuration can be re-rendered and reloaded. */
final class NginxInstance implements LabInstance {

    private final String id;
    private final NginxProcess process;
    private final Supplier<String> config;

    NginxInstance(String id, NginxProcess process, Supplier<String> config) {
        this.id = id;
        this.process = process;
        this.config = config;
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
        if (s == Signal.KILL) {
            process.kill();
        } else {
            process.signal(s.name());
        }
    }

    /** Renders the configuration again (a routing change) and reloads it with HUP. */
    void reload() {
        if (process.alive()) {
            process.reload(config.get());
        }
    }

    @Override
    public boolean alive() {
        return process.alive();
    }

    NginxProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.kill();
    }
}
