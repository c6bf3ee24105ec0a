package dev.rollscope.app.inspector;

import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Bandwidth;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A field of the topology outside its hops: the client's rates and the internal network's.
 *
 * @param defaultValue the formatted default (Rollscope's assumption, {@link ClientProfile#DEFAULT},
 *                     {@link Network#DEFAULT})
 */
record TopologyField(String id, Function<Topology, String> read, BiFunction<Topology, String, Topology> write,
                     String defaultValue) {

    static final TopologyField UPLOAD = new TopologyField("client.upload", t -> t.client().upload().toString(),
            (t, s) -> t.withClient(new ClientProfile(Bandwidth.parse(s), t.client().download())),
            ClientProfile.DEFAULT.upload().toString());
    static final TopologyField DOWNLOAD = new TopologyField("client.download", t -> t.client().download().toString(),
            (t, s) -> t.withClient(new ClientProfile(t.client().upload(), Bandwidth.parse(s))),
            ClientProfile.DEFAULT.download().toString());
    static final TopologyField INTERNAL = new TopologyField("network.internalBandwidth",
            t -> t.network().internalBandwidth().toString(), (t, s) -> t.withNetwork(new Network(Bandwidth.parse(s))),
            Network.DEFAULT.internalBandwidth().toString());

    static final List<TopologyField> ALL = List.of(UPLOAD, DOWNLOAD, INTERNAL);
}
