package dev.rollscope.model.importing.gcloud;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.tree.Node;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and scopes of imported GCP resources, kept as homes of the hop (context, and its
 * {@code .scope}: a {@code gcloud} flag, {@code --global}, {@code --region=R} or {@code --zone=Z}), so a
 * fix on them is a {@code gcloud} command naming the real resource instead of placeholders.
 * A scope is kept only where the resource's own URLs say it.
 */
public final class GcloudNames {

    /** A backend service's name. */
    public static final String BACKEND_SERVICE = "backendService";
    /** Its first health check's name. */
    public static final String HEALTH_CHECK = "healthCheck";
    /** A managed instance group's name. */
    public static final String INSTANCE_GROUP_MANAGER = "instanceGroupManager";
    /** Appended to a context: the resource's scope as a gcloud flag. */
    public static final String SCOPE = ".scope";

    private static final Pattern REGION = Pattern.compile("/regions/([a-z0-9-]+)(?:/|$)");
    private static final Pattern ZONE = Pattern.compile("/zones/([a-z0-9-]+)(?:/|$)");
    private static final Pattern GLOBAL = Pattern.compile("/global/");

    private GcloudNames() {
    }

    static void backendService(Node bs, Findings f) {
        named(bs, BACKEND_SERVICE, f);
        scope(bs, BACKEND_SERVICE, f, url(bs, "region").or(() -> url(bs, "selfLink")));
        bs.get("healthChecks").filter(n -> n.kind() == Node.Kind.LIST && !n.items().isEmpty())
                .map(n -> n.items().get(0)).ifPresent(hc -> text(hc).ifPresent(u -> {
                    f.home(HEALTH_CHECK, new Origin(hc.file(), hc.line(), u.substring(u.lastIndexOf('/') + 1)));
                    scope(hc, HEALTH_CHECK, f, Optional.of(u));
                }));
    }

    static void instanceGroupManager(Node mig, Findings f) {
        named(mig, INSTANCE_GROUP_MANAGER, f);
        scope(mig, INSTANCE_GROUP_MANAGER, f, url(mig, "region").or(() -> url(mig, "zone")).or(() -> url(mig, "selfLink")));
    }

    private static void named(Node resource, String context, Findings f) {
        resource.get("name").flatMap(GcloudNames::text)
                .ifPresent(name -> f.home(context, new Origin(resource.file(), resource.line(), name)));
    }

    private static void scope(Node at, String context, Findings f, Optional<String> url) {
        url.flatMap(GcloudNames::flag).ifPresent(flag -> f.home(context + SCOPE, new Origin(at.file(), at.line(), flag)));
    }

    /** The gcloud scope flag a resource URL names, if it names one. */
    public static Optional<String> flag(String url) {
        Matcher region = REGION.matcher(url);
        if (region.find()) {
            return Optional.of("--region=" + region.group(1));
        }
        Matcher zone = ZONE.matcher(url);
        if (zone.find()) {
            return Optional.of("--zone=" + zone.group(1));
        }
        return GLOBAL.matcher(url).find() ? Optional.of("--global") : Optional.empty();
    }

    private static Optional<String> url(Node resource, String key) {
        return resource.get(key).flatMap(GcloudNames::text);
    }

    private static Optional<String> text(Node n) {
        return n.kind() == Node.Kind.SCALAR && n.text() != null && !n.text().isBlank() ? Optional.of(n.text())
                : Optional.empty();
    }
}
