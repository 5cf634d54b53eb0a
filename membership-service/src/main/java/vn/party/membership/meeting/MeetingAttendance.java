package vn.party.membership.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One person's attendance at a cell meeting. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "meeting_id")
        public UUID meetingId;

        @Column(name = "member_id")
        public UUID memberId;

        public Key() {
        }

        Key(UUID meetingId, UUID memberId) {
            this.meetingId = meetingId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, memberId);
        }
    }

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attendance attendance;

    @Column(name = "committee_member", nullable = false)
    public boolean committeeMember;

    /** Temporarily attached from another cell: attends here, counts in the home cell. */
    @Column(nullable = false)
    public boolean attached;

    static List<MeetingAttendance> of(UUID meetingId) {
        return list("id.meetingId", meetingId);
    }
}
