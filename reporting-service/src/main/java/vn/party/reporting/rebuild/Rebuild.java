package vn.party.reporting.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rebuild command: one at a time, on a thread of its own, with its status to poll. The work is
 * {@link RebuildWork}'s: replay membership.events from the start into fresh tables and swap them in.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * @param events  events applied to the fresh tables
     * @param skipped records that are no readable event (the live consumer dead-letters them)
     */
    public record Status(UUID id, State state, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         long events, long skipped, String failure) {
    }

    @Inject
    RebuildWork work;

    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status(null, State.IDLE, null, null, null, 0, 0, null));

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild; empty when one is running already. */
    public Optional<Status> start(String actor) {
        Status current = status.get();
        if (current.state() == State.RUNNING) {
            return Optional.empty();
        }
        Status started = new Status(UUID.randomUUID(), State.RUNNING, actor, OffsetDateTime.now(ZoneOffset.UTC), null, 0, 0, null);
        if (!status.compareAndSet(current, started)) {
            return Optional.empty();
        }
        Thread worker = new Thread(() -> run(started), "reporting-rebuild");
        worker.setDaemon(true);
        worker.start();
        return Optional.of(started);
    }

    private void run(Status started) {
        long[] counts = new long[2];
        try {
            work.run(counts);
            status.set(new Status(started.id(), State.DONE, started.startedBy(), started.startedAt(),
                    OffsetDateTime.now(ZoneOffset.UTC), counts[0], counts[1], null));
            LOG.infof("rebuild %s done: %d events, %d skipped", started.id(), counts[0], counts[1]);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild %s failed", started.id());
            status.set(new Status(started.id(), State.FAILED, started.startedBy(), started.startedAt(),
                    OffsetDateTime.now(ZoneOffset.UTC), counts[0], counts[1], e.getClass().getSimpleName()));
        }
    }
}
