package dev.rollscope.model.importing.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.gcloud.GcloudNames;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SettingChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gcloud commands name the GCP resources imported from their {@code describe} JSON, with the scope their URLs give. */
class GcloudFixesTest {

    /**
     * After importing A's backend service (a-backend, global: its health check's URL is /global/) and its
     * MIG (a-mig in europe-west1), the commands name them; only the health check's protocol and the new
     * template stay placeholders, and where each change goes says so.
     */
    @Test
    void importedGcpResourcesAreNamedInTheirCommands() throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        Path configs = Path.of("../examples/configs/gcloud").toAbsolutePath().normalize();
        ImportResult r = ConfigImport.run(p, "A", ConfigKind.GCLOUD, List.of(configs.resolve("a-backend-service.json"),
                configs.resolve("a-mig.json")), new SourceFiles(configs), ConfigImport.Options.NONE);

        ConfigChange drain = ConfigFixes.render(new SettingChange("A", "front.drainTimeout", "300s"),
                r.project().topology(), r.provenance(), new SourceFiles(configs));
        ConfigChange check = ConfigFixes.render(new SettingChange("A", "front.healthCheckInterval", "5s"),
                r.project().topology(), r.provenance(), new SourceFiles(configs));
        ConfigChange surge = ConfigFixes.render(new SettingChange("A", "rollout.maxUnavailable", "0"),
                r.project().topology(), r.provenance(), new SourceFiles(configs));
        ConfigChange size = ConfigFixes.render(new SettingChange("A", "replicas", "4"),
                r.project().topology(), r.provenance(), new SourceFiles(configs));

        assertThat(drain.text()).isEqualTo("gcloud compute backend-services update a-backend --global "
                + "--connection-draining-timeout=300\n");
        assertThat(drain.where()).isEqualTo("backend service in front of hop A");
        assertThat(check.text()).isEqualTo("gcloud compute health-checks update PROTOCOL a-http --global "
                + "--check-interval=5s\n");
        // The backend service names its health check, not the check's protocol; the new template is the user's.
        assertThat(check.where()).isEqualTo("health check of hop A; not known to the project, fill in: PROTOCOL");
        assertThat(surge.where()).isEqualTo("MIG of hop A; not known to the project, fill in: NEW_TEMPLATE");
        assertThat(size.where()).isEqualTo("MIG of hop A");
        assertThat(surge.text()).isEqualTo("gcloud compute instance-groups managed rolling-action start-update a-mig "
                + "--version=template=NEW_TEMPLATE --region=europe-west1 --max-unavailable=0\n");
        assertThat(size.text()).isEqualTo("gcloud compute instance-groups managed resize a-mig --region=europe-west1 --size=4\n");
    }

    /** A regional backend service with no region field keeps the usual scope placeholder; its health check's URL gives its own. */
    @Test
    void scopesComeFromTheResourcesOwnUrls() {
        assertThat(GcloudNames.flag(
                "https://www.googleapis.com/compute/v1/projects/example/regions/europe-west1/healthChecks/b-tcp"))
                .contains("--region=europe-west1");
        assertThat(GcloudNames.flag(
                "https://www.googleapis.com/compute/v1/projects/example/zones/europe-west1-b/instanceGroupManagers/m"))
                .contains("--zone=europe-west1-b");
        assertThat(GcloudNames.flag(
                "https://www.googleapis.com/compute/v1/projects/example/global/backendServices/a")).contains("--global");
        assertThat(GcloudNames.flag("a-backend")).isEmpty();
    }
}
