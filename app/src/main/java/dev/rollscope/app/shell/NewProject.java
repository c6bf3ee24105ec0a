package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * What File → New starts from: the smallest useful chain, one application on GKE behind the
 * external load balancer with every default, and a scenario that rolls it while a GET is in
 * flight, so verdicts show from the first edit.
 */
final class NewProject {

    static final int REPLICAS = 3;

    private NewProject() {
    }

    static Project create(Messages messages) {
        Hop app = Hop.of("A", messages.name(HopKind.APP_RUNTIME) + " A", HopKind.APP_RUNTIME,
                Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, REPLICAS);
        Topology topology = new Topology(messages.get("file.untitled"), "", ClientProfile.DEFAULT, Network.DEFAULT,
                List.of(app), Layout.EMPTY);
        Scenario roll = new Scenario(messages.get("new.scenario"), "", List.of(new RollOut("A",
                TimeSpan.ofSeconds(10))), List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(12))), null, 1);
        return new Project(topology, List.of(roll));
    }
}
