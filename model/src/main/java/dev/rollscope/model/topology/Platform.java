package dev.rollscope.model.topology;

/** Where a hop's instances run, which decides how they are started, stopped and rolled. */
public enum Platform {
    /** VMs in a GCE managed instance group, rolled by the MIG Updater (domain.md §7). */
    GCE_MIG,
    /** Pods of a Kubernetes Deployment on GKE, rolled by RollingUpdate (domain.md §6). */
    GKE_DEPLOYMENT
}
