package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.Hop;
import java.util.ArrayList;
import java.util.List;

/** Every instance ever created, the instances of each hop, and the view of each hop's front. */
final class Fleet {

    private final Chain chain;
    final List<Instance> all = new ArrayList<>();
    private final List<List<Instance>> byHop = new ArrayList<>();
    private final FrontView[] views;
    private final int[] numbering;

    Fleet(Chain chain) {
        this.chain = chain;
        int hops = chain.topology.hops().size();
        views = new FrontView[hops];
        numbering = new int[hops];
        for (int h = 0; h < hops; h++) {
            byHop.add(new ArrayList<>());
            views[h] = new FrontView(chain.topology.hops().get(h).front());
        }
    }

    /** A new instance of hop h, numbered in creation order: {@code D.4}. */
    Instance create(int h, int version) {
        Hop spec = chain.topology.hops().get(h);
        Instance x = new Instance(all.size(), h, chain.stationOfHop[h], spec.id() + "." + (++numbering[h]), version,
                spec);
        all.add(x);
        byHop.get(h).add(x);
        return x;
    }

    Instance get(int index) {
        return all.get(index);
    }

    /** The instances of hop h that are not gone, in creation order. */
    List<Instance> live(int h) {
        List<Instance> out = new ArrayList<>();
        for (Instance x : byHop.get(h)) {
            if (!x.gone) {
                out.add(x);
            }
        }
        return out;
    }

    FrontView view(int h) {
        return views[h];
    }
}
