package dev.rollscope.app.desktop;

import java.io.IOException;
import java.nio.file.Path;

/** Another process for {@link RecentlyUsedXbelTest}: adds its argument to the current user's list. */
public final class XbelChild {

    private XbelChild() {
    }

    public static void main(String[] args) throws IOException {
        RecentlyUsedXbel.forCurrentUser().add(Path.of(args[0]));
    }
}
