package dev.rollscope.model.importing.fix;

/**
 * A fix written as a change to the user's configuration, in that configuration's own syntax.
 *
 * @param syntax what {@code text} is written in
 * @param where  the file, block or resource the change is for ({@code configs/a.conf},
 *               {@code location /upload}, {@code Deployment spec}, {@code backend service})
 * @param text   the change: a unified diff when {@code diff}, else a snippet or a command
 * @param diff   true when {@code text} is a unified diff against an imported file
 */
public record ConfigChange(Syntax syntax, String where, String text, boolean diff) {

    /** The language of a change. */
    public enum Syntax {
        /** nginx directives. */
        NGINX,
        /** A YAML patch: Kubernetes manifest, Kong Helm values or decK file. */
        YAML,
        /** {@code kong.conf} lines or {@code KONG_*} variables. */
        KONG_CONF,
        /** A {@code gcloud} command. */
        GCLOUD,
        /** A systemd unit drop-in. */
        SYSTEMD,
        /** No configuration file holds this setting; the text says what it stands for. */
        NONE
    }
}
