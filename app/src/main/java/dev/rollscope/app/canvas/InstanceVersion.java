package dev.rollscope.app.canvas;

/** Which version an instance runs during a rollout. */
public enum InstanceVersion {
    OLD,
    NEW
}
