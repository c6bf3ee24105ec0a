package dev.rollscope.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row is one default read in domain.md (section in the last column), checked on a hop created
 * with no settings. Profiles: A = NGINX_L7 on a MIG behind the external ALB, B = NGINX_L4 on a MIG
 * behind the internal TCP LB, C = KONG on GKE behind the internal TCP LB, CN = KONG on GKE behind
 * the external ALB (NEG), D = APP_RUNTIME on GKE behind Kong's upstream.
 */
class DomainDefaultsTest {

    @ParameterizedTest(name = "{0} {1} = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            A  | front.backendTimeout               | 30s      | §1 timeoutSec 30
            A  | front.drainTimeout                 | 0s       | §1 drainingTimeoutSec API default 0 = off
            A  | front.healthCheckInterval          | 5s       | §1 checkIntervalSec 5
            A  | front.healthCheckTimeout           | 5s       | §1 timeoutSec 5
            A  | front.healthyThreshold             | 2        | §1 healthyThreshold 2
            A  | front.unhealthyThreshold           | 2        | §1 unhealthyThreshold 2
            A  | front.retries                      | 1        | §1 at most 2 attempts
            A  | proxy.clientHeaderTimeout          | 60s      | §2 client_header_timeout 60s
            A  | proxy.clientBodyTimeout            | 60s      | §2 client_body_timeout 60s
            A  | proxy.sendTimeout                  | 60s      | §2 send_timeout 60s
            A  | proxy.keepaliveTimeout             | 75s      | §2 keepalive_timeout 75s
            A  | proxy.clientMaxBodySize            | 1MiB     | §2 client_max_body_size 1m
            A  | proxy.requestBuffering             | true     | §2 proxy_request_buffering on
            A  | proxy.responseBuffering            | true     | §2 proxy_buffering on
            A  | proxy.connectTimeout               | 60s      | §2 proxy_connect_timeout 60s
            A  | proxy.upstreamSendTimeout          | 60s      | §2 proxy_send_timeout 60s
            A  | proxy.upstreamReadTimeout          | 60s      | §2 proxy_read_timeout 60s
            A  | proxy.nextUpstream                 | true     | §2 proxy_next_upstream error timeout
            A  | proxy.nextUpstreamNonIdempotent    | false    | §2 POST not retried once sent
            A  | proxy.nextUpstreamTries            | 0        | §2 proxy_next_upstream_tries 0
            A  | proxy.upstreamKeepalive            | 0        | §2 upstream keepalive off before 1.29.7
            A  | proxy.upstreamKeepaliveTimeout     | 60s      | §2 upstream keepalive_timeout 60s
            A  | proxy.upstreamKeepaliveTime        | 3600s    | §2 upstream keepalive_time 1h
            A  | proxy.workerShutdownTimeout        | none     | §2 worker_shutdown_timeout none
            A  | lifecycle.onStopSignal             | GRACEFUL | §2 stop with QUIT (Debian unit)
            A  | lifecycle.stopEscalation           | 5s       | §2 Debian unit QUIT/5 then TERM
            A  | rollout.replacementMethod          | SUBSTITUTE | §7 replacementMethod substitute
            A  | rollout.minReady                   | 0s       | §7 minReadySec 0
            B  | front.drainTimeout                 | 0s       | §3 as §1
            B  | front.healthCheckInterval          | 5s       | §3 health check as §1
            B  | front.unhealthyThreshold           | 2        | §3 health check as §1
            B  | front.conntrackIdleTimeout         | 600s     | §3 idleTimeoutSec 600
            B  | proxy.connectTimeout               | 60s      | §4 proxy_connect_timeout 60s
            B  | proxy.streamIdleTimeout            | 600s     | §4 proxy_timeout 10m
            B  | proxy.nextUpstream                 | true     | §4 proxy_next_upstream on
            B  | proxy.nextUpstreamTries            | 0        | §4 proxy_next_upstream_tries 0
            B  | proxy.workerShutdownTimeout        | none     | §4 worker_shutdown_timeout none
            B  | lifecycle.onStopSignal             | GRACEFUL | §4 graceful shutdown on QUIT
            B  | lifecycle.stopEscalation           | 5s       | §2 Debian unit QUIT/5 then TERM
            C  | front.drainTimeout                 | 0s       | §3 as §1
            C  | front.conntrackIdleTimeout         | 600s     | §3 idleTimeoutSec 600
            C  | proxy.connectTimeout               | 60s      | §5 connect_timeout 60000
            C  | proxy.upstreamSendTimeout          | 60s      | §5 write_timeout 60000
            C  | proxy.upstreamReadTimeout          | 60s      | §5 read_timeout 60000
            C  | proxy.retries                      | 5        | §5 service retries 5
            C  | proxy.requestBuffering             | true     | §5 route request_buffering true
            C  | proxy.responseBuffering            | true     | §5 route response_buffering true
            C  | proxy.clientMaxBodySize            | 0B       | §5 nginx_http_client_max_body_size 0
            C  | proxy.clientHeaderTimeout          | 60s      | §5 nginx default kept
            C  | proxy.clientBodyTimeout            | 60s      | §5 nginx default kept
            C  | proxy.sendTimeout                  | 60s      | §5 nginx default kept
            C  | proxy.keepaliveTimeout             | 75s      | §5 nginx default kept
            C  | proxy.nextUpstreamNonIdempotent    | false    | §5 nginx proxy_next_upstream default
            C  | proxy.upstreamKeepalive            | 512      | §5 upstream_keepalive_pool_size 512
            C  | proxy.upstreamKeepaliveTimeout     | 60s      | §5 upstream_keepalive_idle_timeout 60
            C  | proxy.workerShutdownTimeout        | none     | §5 KONG_NGINX_MAIN_WORKER_SHUTDOWN_TIMEOUT unset
            C  | lifecycle.kongQuitWait             | 15s      | §5 Helm chart kong quit --wait=15
            C  | lifecycle.kongQuitTimeout          | 10s      | §5 kong quit --timeout 10
            C  | lifecycle.onStopSignal             | GRACEFUL | §5 image STOPSIGNAL SIGQUIT
            C  | lifecycle.terminationGracePeriod   | 30s      | §5 chart terminationGracePeriodSeconds 30
            C  | lifecycle.readinessInitialDelay    | 0s       | §6 initialDelaySeconds 0
            C  | lifecycle.readinessPeriod          | 10s      | §6 periodSeconds 10
            C  | lifecycle.readinessSuccessThreshold | 1       | §6 successThreshold 1
            C  | rollout.maxSurge                   | 25%      | §6 maxSurge 25%
            C  | rollout.maxUnavailable             | 25%      | §6 maxUnavailable 25%
            C  | rollout.minReady                   | 0s       | §6 minReadySeconds 0
            C  | rollout.pdbMinAvailable            | 0        | §6 PodDisruptionBudget none
            CN | front.backendTimeout               | 30s      | §1 timeoutSec 30
            CN | front.healthCheckInterval          | 5s       | §1 checkIntervalSec 5
            CN | front.propagationDelay             | 10s      | §6 NEG detach, KB: 5 s x 2 leaves 10 s of 5XXs
            D  | front.propagationDelay             | 3s       | §5 KIC --proxy-sync-seconds 3
            D  | proxy.keepaliveTimeout             | 5s       | §6 Node.js keepAliveTimeout 5000 ms
            D  | lifecycle.preStopSleep             | 0s       | §6 lifecycle.preStop none
            D  | lifecycle.terminationGracePeriod   | 30s      | §6 terminationGracePeriodSeconds 30
            D  | lifecycle.readinessPeriod          | 10s      | §6 periodSeconds 10
            D  | rollout.maxSurge                   | 25%      | §6 maxSurge 25%
            D  | rollout.maxUnavailable             | 25%      | §6 maxUnavailable 25%
            D  | rollout.minReady                   | 0s       | §6 minReadySeconds 0
            D  | rollout.pdbMinAvailable            | 0        | §6 PodDisruptionBudget none
            D  | database.poolSize                  | 10       | §16 HikariCP maximumPoolSize 10
            """)
    void aHopWithNoSettingsHasTheDefaultOfDomainMd(String profile, String settingId, String expected, String source) {
        Hop hop = hop(profile);
        Setting<?> setting = SettingCatalog.byId(settingId).orElseThrow();

        assertThat(setting.format(hop.get(setting))).as(source).isEqualTo(expected);
    }

    @Test
    void migSurgeAndUnavailableDefaultToTheZoneCount() {
        Hop a = hop("A");

        assertThat(a.get(RolloutSettings.MAX_SURGE)).isEqualTo(a.get(RolloutSettings.MAX_UNAVAILABLE))
                .hasToString(String.valueOf(a.get(RolloutSettings.ZONES)));
    }

    @Test
    void anL4HopHasNoHttpSettings() {
        Hop b = hop("B");

        assertThat(b.settings().has(ProxySettings.CLIENT_MAX_BODY_SIZE)).isFalse();
        assertThat(b.settings().has(ProxySettings.UPSTREAM_READ_TIMEOUT)).isFalse();
        assertThat(b.settings().has(FrontSettings.BACKEND_TIMEOUT)).isFalse();
    }

    private static Hop hop(String profile) {
        return switch (profile) {
            case "A" -> Hop.of("A", "a", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3);
            case "B" -> Hop.of("B", "b", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 3);
            case "C" -> Hop.of("C", "c", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 2);
            case "CN" -> Hop.of("C", "c", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 2);
            case "D" -> Hop.of("D", "d", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 3);
            default -> throw new IllegalArgumentException(profile);
        };
    }
}
