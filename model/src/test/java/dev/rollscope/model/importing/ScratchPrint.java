package dev.rollscope.model.importing;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchPrint {
    static final Path R = Path.of("src/test/resources/importing");

    void show(String hop, ConfigKind k, String... files) throws Exception {
        Project p = ProjectFile.read(Path.of("../examples/abcd-defaults.json"));
        List<Path> ps = new java.util.ArrayList<>();
        for (String f : files) ps.add(R.resolve(f));
        try {
            ImportResult r = ConfigImport.run(p, hop, k, ps, new SourceFiles(R), ConfigImport.Options.NONE);
            System.out.println("=== " + String.join(" ", files) + "\n" + r.report().format() + r.provenance());
        } catch (ImportException e) {
            System.out.println("=== " + String.join(" ", files) + " ERROR " + e.getMessage());
        }
    }

    @Test
    void print() throws Exception {
        show("A", ConfigKind.NGINX, "nginx/debian/nginx.conf");
        show("B", ConfigKind.NGINX, "nginx/stream/nginx.conf");
        show("C", ConfigKind.KONG, "kong/values.yaml");
        show("C", ConfigKind.KONG, "kong/kong.yaml");
        show("C", ConfigKind.KONG, "kong/upstream-target.yaml");
        show("D", ConfigKind.K8S, "k8s/podinfo-deployment.yaml", "k8s/podinfo-service.yaml", "k8s/zookeeper-pdb.yaml");
        show("A", ConfigKind.GCLOUD, "gcloud/backend-services.json", "gcloud/migs.json");
    }
}
