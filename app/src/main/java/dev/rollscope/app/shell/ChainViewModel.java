package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What the first window shows of a project, as display text: the topology's name and description,
 * the client, and the hops in chain order.
 */
public final class ChainViewModel {

    /** One hop as the window shows it. */
    public record HopCard(String id, String name, String kind, String placement, String front) {
    }

    private final String title;
    private final String description;
    private final String client;
    private final List<HopCard> hops;

    private ChainViewModel(String title, String description, String client, List<HopCard> hops) {
        this.title = title;
        this.description = description;
        this.client = client;
        this.hops = List.copyOf(hops);
    }

    public static ChainViewModel of(Project project, ResourceBundle text) {
        Topology t = project.topology();
        String client = MessageFormat.format(text.getString("chain.clientRates"), t.client().upload(),
                t.client().download());
        List<HopCard> cards = t.hops().stream().map(h -> card(h, text)).toList();
        return new ChainViewModel(t.name(), t.description(), client, cards);
    }

    private static HopCard card(Hop hop, ResourceBundle text) {
        String placement = MessageFormat.format(text.getString("hop.placement"),
                text.getString("platform." + hop.platform().name()), String.valueOf(hop.replicas()));
        return new HopCard(hop.id(), hop.name(), text.getString("kind." + hop.kind().name()), placement,
                text.getString("front." + hop.front().name()));
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The client's upload and download rates. */
    public String client() {
        return client;
    }

    /** The hops in chain order. */
    public List<HopCard> hops() {
        return hops;
    }
}
