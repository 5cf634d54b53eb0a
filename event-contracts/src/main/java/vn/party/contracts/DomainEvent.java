package vn.party.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/**
 * A published domain event: the {@code data} of a CloudEvent. Every event names the unit it concerns and
 * the date it takes effect, so that consumers can roll figures up the tree as it stood on that date.
 * Events never carry a national ID number or other personal data beyond what consumers need.
 */
public interface DomainEvent {

    /** The aggregate the event belongs to; the Kafka key, so one aggregate's events stay in order. */
    @JsonIgnore
    String subject();

    /** Code of the org unit the event concerns. */
    String unitCode();

    /** Calendar date (Asia/Ho_Chi_Minh) on which the change takes effect. */
    LocalDate effectiveDate();

    @JsonIgnore
    default EventType eventType() {
        EventType type = getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @EventType");
        }
        return type;
    }
}
