package dev.rollscope.app.desktop;

import java.nio.file.Path;

/**
 * Another process for {@link SingleInstanceTest}: claims the single instance in the folder given,
 * prints "serving", then prints each handed-over file, until it is killed (no clean-up: as a crash).
 */
public final class HandoffChild {

    private HandoffChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        SingleInstance instance = SingleInstance.claim(Path.of(args[0]), Handoff.of(null));
        HandoffServer server = instance.server().orElseThrow();
        System.out.println("serving");
        System.out.flush();
        server.deliverTo(h -> {
            System.out.println(h.file());
            System.out.flush();
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
