package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.DataFate;

/**
 * Tells what became of a failed request's database transaction (domain.md §16). When the
 * application's process ends (it exits at once, is killed at the end of its grace period, or
 * crashes), its database connections close and the server rolls back the open transaction; a
 * commit acknowledged before that stays. When the request fails anywhere else, the application does
 * not learn of it and goes on to commit (domain.md §16 derived: it notices a vanished caller only
 * when it next writes to it).
 */
final class DataFates {

    private final Chain chain;
    private final Fleet fleet;

    DataFates(Chain chain, Fleet fleet) {
        this.chain = chain;
        this.fleet = fleet;
    }

    /** The fate of r's transaction when r fails now for {@code cause} at {@code faultStation}; null: r has none. */
    DataFate of(RequestRun r, Cause cause, int faultStation, long now) {
        RequestType t = r.type;
        if (t.txCommit < 0) {
            return null;
        }
        if (r.processingAt < 0) {
            return new DataFate(DataFate.Kind.NOT_BEGUN, "", -1, -1, r.idempotent);
        }
        int app = chain.lastStation();
        long begin = r.processingAt + t.txBegin;
        long commit = r.processingAt + t.txCommit;
        boolean exited = faultStation == app && DataFate.endsProcess(cause);
        long until = exited && r.stalled && r.stallStation == app ? r.stallSince : now;
        DataFate.Kind kind;
        if (until >= commit) {
            kind = DataFate.Kind.COMMITTED;
        } else if (!exited) {
            kind = DataFate.Kind.LEFT_RUNNING;
        } else {
            kind = until < begin ? DataFate.Kind.NOT_BEGUN : DataFate.Kind.ROLLED_BACK;
        }
        String instance = r.processingInst >= 0 ? fleet.get(r.processingInst).id : "";
        return new DataFate(kind, instance, begin, commit, r.idempotent);
    }
}
