package dev.rollscope.lab.run;

import dev.rollscope.lab.app.AppServer;

/** An instance of the application hop: TERM stops it gracefully or at once, as lifecycle.onStopSignal says. */
final class AppInstance implements LabInstance {

    private final AppServer server;
    private final boolean graceful;

    AppInstance(AppServer server, boolean graceful) {
        this.server = server;
        this.graceful = graceful;
    }

    @Override
    public String id() {
        return server.id();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void signal(Signal s) {
        if (s != Signal.KILL && graceful) {
            server.stopGracefully();
        } else {
            server.stopNow();
        }
    }

    @Override
    public boolean listening() {
        return server.listening();
    }

    @Override
    public boolean alive() {
        return server.alive();
    }

    @Override
    public void close() {
        server.close();
    }
}
