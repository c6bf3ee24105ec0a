package dev.rollscope.model.importing;

import java.util.Locale;

/** The kinds of configuration Rollscope imports, named as on the command line. */
public enum ConfigKind {
    /** nginx {@code http} or {@code stream} configuration (domain.md §2, §4). */
    NGINX,
    /** Kong: decK {@code kong.yaml}, {@code kong.conf} / {@code KONG_*} environment, Helm chart values (§5). */
    KONG,
    /** Kubernetes manifests: Deployment, Service, PodDisruptionBudget (§6). */
    K8S,
    /** {@code gcloud compute … describe --format=json}: backend services and managed instance groups (§1, §3, §7). */
    GCLOUD;

    /** The command-line name: {@code nginx}, {@code kong}, {@code k8s}, {@code gcloud}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
