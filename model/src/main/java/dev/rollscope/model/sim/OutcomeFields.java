package dev.rollscope.model.sim;

import java.util.List;

/**
 * The outcomes of a run read field by field, by request index, without making an {@link Outcome}
 * (and its request's id) for each: what a check over every request of a long run reads. The
 * engine's results keep their outcomes this way; any other list of outcomes is read through
 * {@link #of(List)}.
 */
public interface OutcomeFields {

    int size();

    /** The index the outcome at {@code i} names, {@link Outcome#request()}. */
    int request(int i);

    boolean ok(int i);

    int status(int i);

    boolean truncated(int i);

    long start(int i);

    long end(int i);

    int attempts(int i);

    /** Why the request failed, or null when it is OK. */
    Failure failure(int i);

    /** The outcome itself, its request's id made: for a message about one request. */
    Outcome get(int i);

    /** The fields of a list of outcomes, each read from its {@link Outcome}. */
    static OutcomeFields of(List<Outcome> outcomes) {
        return new OutcomeFields() {
            @Override
            public int size() {
                return outcomes.size();
            }

            @Override
            public int request(int i) {
                return outcomes.get(i).request();
            }

            @Override
            public boolean ok(int i) {
                return outcomes.get(i).ok();
            }

            @Override
            public int status(int i) {
                return outcomes.get(i).status();
            }

            @Override
            public boolean truncated(int i) {
                return outcomes.get(i).truncated();
            }

            @Override
            public long start(int i) {
                return outcomes.get(i).start();
            }

            @Override
            public long end(int i) {
                return outcomes.get(i).end();
            }

            @Override
            public int attempts(int i) {
                return outcomes.get(i).attempts();
            }

            @Override
            public Failure failure(int i) {
                return outcomes.get(i).failure();
            }

            @Override
            public Outcome get(int i) {
                return outcomes.get(i);
            }
        };
    }
}
