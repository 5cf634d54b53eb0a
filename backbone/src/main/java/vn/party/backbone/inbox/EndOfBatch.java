package vn.party.backbone.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that a projection defers to the end of the batch {@link IncomingEvents#processBatch} is applying: a hot row
 * updated once per batch instead of once per event, a recomputation done once per affected key. The deferred work
 * runs in the batch's transaction, on the consumer's thread, after the batch's last event and before the commit, in
 * the order it was first deferred; if it fails, the batch is rolled back like any other failure.
 *
 * <p>Outside a batch (a record processed alone, a dead-letter replay, a rebuild calling projections directly)
 * {@link #current()} is empty and a projection does its work at once.
 */
public final class EndOfBatch {

    private static final ThreadLocal<EndOfBatch> CURRENT = new ThreadLocal<>();

    private final Map<Object, Deferred<?>> work = new LinkedHashMap<>();
    private boolean flushing;

    private record Deferred<T>(T state, Consumer<T> flush) {
        void run() {
            flush.accept(state);
        }
    }

    private EndOfBatch() {
    }

    /** The batch being applied on this thread, if any. */
    public static Optional<EndOfBatch> current() {
        EndOfBatch batch = CURRENT.get();
        return batch == null || batch.flushing ? Optional.empty() : Optional.of(batch);
    }

    /**
     * The state kept under {@code key} for this batch, made by {@code create} at the first call; {@code flush} gets it
     * at the end of the batch, once.
     */
    @SuppressWarnings("unchecked")
    public <T> T deferred(Object key, Supplier<T> create, Consumer<T> flush) {
        return (T) work.computeIfAbsent(key, k -> new Deferred<>(create.get(), flush)).state();
    }

    static EndOfBatch begin() {
        EndOfBatch batch = new EndOfBatch();
        CURRENT.set(batch);
        return batch;
    }

    /** Runs the deferred work; while it runs, {@link #current()} is empty, so what it calls acts at once. */
    void flush() {
        flushing = true;
        for (Deferred<?> deferred : work.values()) {
            deferred.run();
        }
        work.clear();
    }

    void end() {
        work.clear();
        CURRENT.remove();
    }
}
