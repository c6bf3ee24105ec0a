package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** Session affinity in the file (domain.md §12): the fronts' settings, a client's id, and their errors with their place. */
class AffinityFormatTest {

    /** Line 4: A behind the GFE; line 5: B (Kong) behind a GKE Service's passthrough NLB; line 6: D behind Kong; line 10: the request. */
    private static final String BASE = """
            {
              "schemaVersion": 1,
              "name": "t",
              "hops": [{"id": "A", "name": "a", "kind": "NGINX_L7", "platform": "GCE_MIG", "front": "GCP_EXTERNAL_ALB", "replicas": 1, "settings": {"front": {"sessionAffinity": "GENERATED_COOKIE", "affinityCookieTtl": "60s"}}},
                       {"id": "B", "name": "b", "kind": "KONG", "platform": "GKE_DEPLOYMENT", "front": "GCP_INTERNAL_TCP_LB", "replicas": 1, "settings": {"front": {"sessionAffinity": "CLIENT_IP"}}},
                       {"id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT", "front": "KONG_UPSTREAM", "replicas": 2, "settings": {"front": {"hashOn": "COOKIE"}}}],
              "scenarios": [
                {
                  "name": "s", "seed": 1,
                  "requests": [{"id": "up", "method": "POST", "start": "1s", "body": "50MB", "response": "1kB", "client": {"id": "user-1"}}]
                }
              ]
            }
            """;

    @Test
    void affinityAndTheClientsIdAreReadAndWrittenBackTheSame() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE, "t.json");

        assertThat(p.topology().hop("A").orElseThrow().get(FrontSettings.SESSION_AFFINITY))
                .isEqualTo(SessionAffinity.GENERATED_COOKIE);
        assertThat(p.topology().hop("A").orElseThrow().get(FrontSettings.AFFINITY_COOKIE_TTL))
                .isEqualTo(TimeSpan.ofSeconds(60));
        assertThat(p.topology().hop("B").orElseThrow().get(FrontSettings.SESSION_AFFINITY))
                .isEqualTo(SessionAffinity.CLIENT_IP);
        assertThat(p.topology().hop("D").orElseThrow().get(FrontSettings.HASH_ON)).isEqualTo(KongHashOn.COOKIE);
        assertThat(p.scenarios().get(0).requests().get(0).client().id()).isEqualTo("user-1");
        String once = ProjectFile.format(p);
        assertThat(once.replaceAll("\\s+", "")).contains("\"client\":{\"id\":\"user-1\"}");
        assertThat(ProjectFile.parse(once, "t.json")).isEqualTo(p);
    }

    @Test
    void aCookieAtAPassthroughNlbIsRefusedAtItsHop() {
        assertThat(message(BASE.replace("{\"sessionAffinity\": \"CLIENT_IP\"}", "{\"sessionAffinity\": \"HTTP_COOKIE\"}")))
                .startsWith("t.json:5:").contains("hop B: front.sessionAffinity HTTP_COOKIE is not offered by a "
                        + "GCP_INTERNAL_TCP_LB front; it takes NONE, CLIENT_IP, CLIENT_IP_NO_DESTINATION, "
                        + "CLIENT_IP_PORT_PROTO, CLIENT_IP_PROTO");
    }

    @Test
    void anUnknownAffinityAndABadClientIdAreRefusedWhereTheyAre() {
        assertThat(message(BASE.replace("\"COOKIE\"", "\"SESSION\""))).startsWith("t.json:6:")
                .contains("\"SESSION\" is not one of NONE, CONSUMER, IP, HEADER, COOKIE");
        assertThat(message(BASE.replace("\"user-1\"", "\"user 1\""))).startsWith("t.json:10:")
                .contains("$.scenarios[0].requests[0].client.id: client id \"user 1\" must be 1 to 40 letters");
    }
}
