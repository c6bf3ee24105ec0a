package dev.rollscope.app;

/** Entry point placeholder; replaced by the real launcher. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
    }
}
