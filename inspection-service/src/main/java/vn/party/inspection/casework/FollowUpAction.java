package vn.party.inspection.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a conclusion requires to be done, by whom and by when. Reached only through its case. */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String description;

    /** Who must do it: an organisation or an office, as the conclusion names it. */
    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The day its overdue event was published, so that it is published once. */
    @Column(name = "overdue_published_on")
    public LocalDate overduePublishedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    public boolean overdueOn(LocalDate day) {
        return completedOn == null ? deadline.isBefore(day) : completedOn.isAfter(deadline);
    }

    static List<FollowUpAction> of(UUID caseId) {
        return list("caseId = ?1 order by deadline, id", caseId);
    }
}
