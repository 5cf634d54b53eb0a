package vn.party.cadre.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.scope.SystemAccess;
import vn.party.cadre.hr.HrRecord;
import vn.party.cadre.unit.UnitLevels;
import vn.party.cadre.rules.CadreFacts;
import vn.party.contracts.cadre.CadreProfileSynced;
import vn.party.contracts.cadre.SalaryBaseChanged;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Profiles from the HR system, upserted by national ID: the same person never gets a second profile. Runs in the
 * background sync for the whole province.
 */
@ApplicationScoped
@SystemAccess("the scheduled HR sync upserts profiles by national ID for every unit of the province")
public class ProfileUpserts {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The profile a record went to, and what became of it. */
    public record Upserted(UUID profileId, Outcome outcome) {
    }

    /**
     * Whose records an upsert may touch: the scheduled sync every unit of the province; an import of the HR system's
     * CSV export only the units of the importer's subtree (the profile it updates, and the unit it puts it in).
     * {@code via} names the run or import in the audit trail.
     */
    public record Reach(String via, Predicate<String> covers, boolean wholeProvince) {
        public static Reach province(String via) {
            return new Reach(via, path -> true, true);
        }

        public static Reach subtree(String via, Predicate<String> covers) {
            return new Reach(via, covers, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UnitLevels levels;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The scheduled sync's upsert, for every unit of the province. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome upsert(HrRecord r, String actor) {
        return upsert(r, actor, Reach.province("hr-sync"));
    }

    /**
     * @throws HrRecord.Malformed when the unit is unknown or out of reach, the person's profile is out of reach, or
     *                            the record clashes with another profile
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome upsert(HrRecord r, String actor, Reach reach) {
        return upsertProfile(r, actor, reach).outcome();
    }

    /** As {@link #upsert(HrRecord, String, Reach)}, naming the profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsertProfile(HrRecord r, String actor, Reach reach) {
        @SuppressWarnings("unchecked")
        List<String> paths = em.createNativeQuery("select cast(path as text) from org_unit_replica where code = :c and dissolved_on is null")
                .setParameter("c", r.unitCode()).getResultList();
        if (paths.isEmpty() || !reach.covers().test(paths.get(0))) {
            // an importer learns nothing of units outside their subtree: unknown and out of reach read the same
            throw new HrRecord.Malformed("unit " + r.unitCode() + (reach.wholeProvince() ? " is not a unit of this province"
                    : " is not a unit of your subtree"));
        }
        String path = paths.get(0);
        List<CadreProfile> found = em.createQuery("select p from CadreProfile p where p.nationalId = :n", CadreProfile.class)
                .setParameter("n", r.nationalId()).getResultList();
        CadreProfile p = found.isEmpty() ? null : found.get(0);
        if (p != null && !reach.covers().test(p.unitPath)) {
            throw new HrRecord.Malformed("the person's profile lies outside your subtree: its committee imports the record");
        }
        UUID self = p == null ? null : p.id;
        long clashes = em.createQuery("""
                        select count(p) from CadreProfile p where p.id <> :self
                          and (p.civilServantCode = :code or p.memberId = :member)""", Long.class)
                .setParameter("self", self == null ? new UUID(0, 0) : self)
                .setParameter("code", r.civilServantCode() == null ? "" : r.civilServantCode())
                .setParameter("member", r.memberId() == null ? new UUID(0, 0) : r.memberId())
                .getSingleResult();
        if (clashes > 0) {
            throw new HrRecord.Malformed("its civil-servant code or member id belongs to another profile");
        }
        LocalDate today = LocalDate.now(clock);
        boolean created = p == null;
        Long oldSalary = created ? null : p.salaryBaseDong;
        LocalDate oldSalaryDate = created ? null : p.salaryEffectiveOn;
        if (created) {
            p = new CadreProfile();
            p.id = UUID.randomUUID();
            p.nationalId = r.nationalId();
        } else if (same(p, r) && samePositions(positionsOf(p.id), r.positions())) {
            return new Upserted(p.id, Outcome.UNCHANGED);
        }
        p.unitCode = r.unitCode();
        p.unitPath = path;
        p.civilServantCode = r.civilServantCode();
        if (r.memberId() != null) {
            p.memberId = r.memberId();
        }
        p.fullName = r.fullName();
        p.dateOfBirth = r.dateOfBirth();
        p.sex = r.sex();
        p.setEthnicity(r.ethnicity());
        p.education = r.education();
        p.qualification = r.qualification();
        p.politicalTheory = r.politicalTheory();
        p.stateManagement = r.stateManagement();
        p.foreignLanguage = r.foreignLanguage();
        p.itLevel = r.itLevel();
        p.salaryGrade = r.salaryGrade();
        p.salaryCoefficient = r.salaryCoefficient();
        p.salaryBaseDong = r.salaryBaseDong();
        p.salaryEffectiveOn = r.salaryEffectiveFrom();
        p.source = CadreProfile.Source.HR_SYSTEM;
        p.hrUpdatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.stamp(actor);
        if (created) {
            p.persist();
        }
        em.flush();
        replacePositions(p.id, r.positions());
        List<String> codes = CadreFacts.pathCodes(path);
        outbox.publish(new CadreProfileSynced(p.id.toString(), p.memberId == null ? null : p.memberId.toString(), p.unitCode,
                codes, levels.of(p.unitCode), created, p.sex.name(), CadreFacts.ageBand(p.dateOfBirth, today), p.ethnicMinority, today));
        if (p.memberId != null && p.salaryBaseDong != null
                && (!Objects.equals(oldSalary, p.salaryBaseDong) || !Objects.equals(oldSalaryDate, p.salaryEffectiveOn))) {
            outbox.publish(new SalaryBaseChanged(p.memberId.toString(), p.id.toString(), p.unitCode, codes, p.salaryBaseDong,
                    p.salaryGrade, p.salaryCoefficient, "HR_SYSTEM", p.salaryEffectiveOn == null ? today : p.salaryEffectiveOn));
        }
        audit.recordAs(actor, created ? "cadre.profile_synced_new" : "cadre.profile_synced", "cadre_profile", p.id.toString(),
                Map.of("unitCode", p.unitCode, "source", "HR_SYSTEM", "via", reach.via()));
        return new Upserted(p.id, created ? Outcome.CREATED : Outcome.UPDATED);
    }

    private List<HrPosition> positionsOf(UUID profileId) {
        return em.createQuery("select h from HrPosition h where h.profileId = :p order by h.ordinal", HrPosition.class)
                .setParameter("p", profileId).getResultList();
    }

    /** The HR system's list is the whole truth about the person's positions: the old rows go, the new ones come. */
    private void replacePositions(UUID profileId, List<HrRecord.Position> positions) {
        em.createQuery("delete from HrPosition h where h.profileId = :p").setParameter("p", profileId).executeUpdate();
        for (int i = 0; i < positions.size(); i++) {
            HrRecord.Position in = positions.get(i);
            HrPosition h = new HrPosition();
            h.id = UUID.randomUUID();
            h.profileId = profileId;
            h.ordinal = i;
            h.title = in.title();
            h.organisation = in.organisation();
            h.fromOn = in.from();
            h.toOn = in.to();
            h.salaryGrade = in.salaryGrade();
            em.persist(h);
        }
        em.flush();
    }

    private static boolean samePositions(List<HrPosition> stored, List<HrRecord.Position> received) {
        if (stored.size() != received.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            HrPosition s = stored.get(i);
            HrRecord.Position r = received.get(i);
            if (!s.title.equals(r.title()) || !s.organisation.equals(r.organisation()) || !s.fromOn.equals(r.from())
                    || !Objects.equals(s.toOn, r.to()) || !Objects.equals(s.salaryGrade, r.salaryGrade())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(CadreProfile p, HrRecord r) {
        return p.source == CadreProfile.Source.HR_SYSTEM
                && p.unitCode.equals(r.unitCode()) && Objects.equals(p.civilServantCode, r.civilServantCode())
                && (r.memberId() == null || r.memberId().equals(p.memberId)) && p.fullName.equals(r.fullName())
                && p.dateOfBirth.equals(r.dateOfBirth()) && p.sex == r.sex() && p.ethnicity.equals(r.ethnicity())
                && Objects.equals(p.education, r.education()) && Objects.equals(p.qualification, r.qualification())
                && p.politicalTheory == r.politicalTheory() && p.stateManagement == r.stateManagement()
                && Objects.equals(p.foreignLanguage, r.foreignLanguage()) && Objects.equals(p.itLevel, r.itLevel())
                && Objects.equals(p.salaryGrade, r.salaryGrade())
                && (p.salaryCoefficient == null ? r.salaryCoefficient() == null
                    : r.salaryCoefficient() != null && p.salaryCoefficient.compareTo(r.salaryCoefficient()) == 0)
                && Objects.equals(p.salaryBaseDong, r.salaryBaseDong()) && Objects.equals(p.salaryEffectiveOn, r.salaryEffectiveFrom());
    }
}
