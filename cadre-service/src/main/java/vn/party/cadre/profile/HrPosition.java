package vn.party.cadre.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One civil-service position the HR system lists for a profile (title, agency, dates, salary grade). Personal like the
 * national ID: shown only to organisers and province admins. Replaced as a whole on each sync of the person.
 */
@Entity
@Table(name = "hr_position")
public class HrPosition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    /** The HR system's order: a person's list reads the same after every sync. */
    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "from_on", nullable = false)
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    @Column(name = "salary_grade")
    public String salaryGrade;
}
