package dev.rollscope.app.preferences;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A fresh preferences node per test, removed with {@link #remove()}. */
public final class TestPreferences {

    private final Preferences node = Preferences.userRoot().node("dev/rollscope-test/" + UUID.randomUUID());

    public UserPreferences preferences() {
        return new UserPreferences(node);
    }

    public Preferences node() {
        return node;
    }

    public void remove() {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
