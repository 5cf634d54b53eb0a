package vn.party.cadre.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.ScopedData;
import vn.party.cadre.rules.RetirementRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cadre profiles entered by the organisation board; the HR sync fills the same rows ({@link ProfileUpserts}).
 * One profile per national ID, member and civil-servant code: the database refuses a second (409).
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    ScopedData scoped;

    @Inject
    AuditTrail audit;

    @Inject
    RetirementRules retirement;

    @Inject
    EntityManager em;

    public CadreProfile create(ProfileApi.ProfileRequest r) {
        String path = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        CadreProfile p = new CadreProfile();
        p.id = UUID.randomUUID();
        p.source = CadreProfile.Source.MANUAL;
        apply(p, r);
        p.unitPath = path;
        p.stamp(scoped.actor());
        p.persist();
        em.flush();
        audit.record("cadre.profile_created", "cadre_profile", p.id.toString(), Map.of("unitCode", p.unitCode));
        return p;
    }

    public CadreProfile update(UUID id, ProfileApi.ProfileRequest r, String ifMatch) {
        CadreProfile p = scoped.find(CadreProfile.class, id, "cadre " + id);
        Versions.requireMatch(ifMatch, p.version);
        if (!p.unitCode.equals(r.unitCode())) {
            p.unitPath = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        }
        apply(p, r);
        p.stamp(scoped.actor());
        em.flush();
        audit.record("cadre.profile_updated", "cadre_profile", p.id.toString(), Map.of("unitCode", p.unitCode));
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CadreProfile get(UUID id) {
        return scoped.find(CadreProfile.class, id, "cadre " + id);
    }

    /** Profiles of a unit's subtree (the caller's when absent), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProfileApi.ProfileView> list(String unitCode, String name, PageRequest page) {
        String under = unitCode == null ? scoped.subtreePath() : scoped.requireUnit(unitCode, "unit " + unitCode);
        List<String> cursor = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<Object> ids = scoped.sql("""
                        select p.id from cadre_profile p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (cast(:name as text) is null or p.full_name ilike ('%' || cast(:name as text) || '%'))
                          and (cast(:afterName as text) is null or (p.full_name, p.id) > (cast(:afterName as text), cast(:afterId as uuid)))
                        order by p.full_name, p.id limit :limit""")
                .setParameter("under", under)
                .setParameter("name", name)
                .setParameter("afterName", cursor == null ? null : cursor.get(0))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        List<CadreProfile> rows = new ArrayList<>();
        for (Object id : ids) {
            rows.add(scoped.find(CadreProfile.class, (UUID) id, "cadre " + id));
        }
        Page<CadreProfile> found = Page.fromOverfetch(rows, page.limit(), p -> Cursor.of(p.fullName, p.id));
        Map<UUID, List<ProfileApi.HrPositionView>> positions = hrPositions(found.items().stream().map(p -> p.id).toList());
        return found.map(p -> view(p, positions));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileApi.ProfileView view(CadreProfile p) {
        return view(p, hrPositions(List.of(p.id)));
    }

    /** The HR positions of those profiles in one query; none when the caller may not see personal fields. */
    private Map<UUID, List<ProfileApi.HrPositionView>> hrPositions(List<UUID> profileIds) {
        if (profileIds.isEmpty() || !personal()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<HrPosition> rows = scoped.sql("""
                        select h.* from hr_position h join cadre_profile p on p.id = h.profile_id
                          join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and h.profile_id = any(cast(:ids as uuid[]))
                        order by h.profile_id, h.ordinal""", HrPosition.class)
                .setParameter("ids", profileIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<UUID, List<ProfileApi.HrPositionView>> byProfile = new HashMap<>();
        for (HrPosition h : rows) {
            byProfile.computeIfAbsent(h.profileId, k -> new ArrayList<>())
                    .add(new ProfileApi.HrPositionView(h.title, h.organisation, h.fromOn, h.toOn, h.salaryGrade));
        }
        return byProfile;
    }

    private boolean personal() {
        return scoped.hasRole(Roles.ORGANISER) || scoped.hasRole(Roles.PROVINCE_ADMIN);
    }

    private ProfileApi.ProfileView view(CadreProfile p, Map<UUID, List<ProfileApi.HrPositionView>> positions) {
        boolean personal = personal();
        return new ProfileApi.ProfileView(p.id, p.unitCode, p.memberId, p.civilServantCode,
                personal ? p.nationalId : null, p.fullName, personal ? p.dateOfBirth : null, p.sex,
                personal ? p.ethnicity : null, personal ? p.ethnicMinority : null, p.education, p.qualification,
                p.politicalTheory, p.stateManagement, p.foreignLanguage, p.itLevel, p.salaryGrade, p.salaryCoefficient,
                personal ? retirement.retirementDate(p.dateOfBirth, p.sex) : null, p.source, p.version,
                personal ? positions.getOrDefault(p.id, List.of()) : null);
    }

    private static void apply(CadreProfile p, ProfileApi.ProfileRequest r) {
        p.unitCode = r.unitCode();
        p.memberId = r.memberId();
        p.civilServantCode = r.civilServantCode();
        p.nationalId = r.nationalId();
        p.fullName = r.fullName().trim();
        p.dateOfBirth = r.dateOfBirth();
        p.sex = r.sex();
        p.setEthnicity(r.ethnicity());
        p.education = r.education();
        p.qualification = r.qualification();
        p.politicalTheory = r.politicalTheory();
        p.stateManagement = r.stateManagement();
        p.foreignLanguage = r.foreignLanguage();
        p.itLevel = r.itLevel();
    }
}
