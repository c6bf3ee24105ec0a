package dev.rollscope.app.canvas;

/**
 * How many of a hop's instances run the old and the new version at the moment shown: the input
 * through which a rollout's playback reaches the canvas. Without one, every instance is old.
 */
public record InstanceMix(int oldCount, int newCount) {

    public InstanceMix {
        if (oldCount < 0 || newCount < 0) {
            throw new IllegalArgumentException("instance counts cannot be negative: " + oldCount + ", " + newCount);
        }
    }

    public static InstanceMix allOld(int replicas) {
        return new InstanceMix(replicas, 0);
    }

    public int total() {
        return oldCount + newCount;
    }
}
