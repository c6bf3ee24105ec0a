package dev.rollscope.model.topology;

/** How the MIG Updater replaces a VM (domain.md §7, {@code --replacement-method}). */
public enum ReplacementMethod {
    /** Create a new VM with a new name, then remove the old one. */
    SUBSTITUTE,
    /** Delete the old VM first, then create a VM with the same name. */
    RECREATE
}
