package vn.party.cadre.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.party.cadre.rules.DisciplineForm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A discipline decision of reprimand or above that inspection-service announced, kept by member. */
@Entity
@Table(name = "received_discipline")
public class ReceivedDiscipline extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id")
    public String decisionId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineForm form;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
