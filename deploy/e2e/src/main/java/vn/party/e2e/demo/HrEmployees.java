package vn.party.e2e.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo province's civil servants as the HR system knows them (deploy/hr-stub): demo members among the first
 * {@link #AMONG} people (so they exist in the smaller province of `deploy/suite test` too) who are full members of
 * working age in an agency, a public service unit, a hospital, a school or a commune, whom no demo history moves
 * or ends. Same seed, same people: the stub's files ({@link HrStubFiles}) and {@link CadreDemo} both come from here.
 */
final class HrEmployees {

    /** Only people the test province (300 members) registers too. */
    static final int AMONG = 300;
    static final int COUNT = 36;
    /** Lương cơ sở from 2024-07-01 (Decree 73/2024/NĐ-CP): the coefficient times it is the salary base. */
    static final long BASE_SALARY_DONG = 2_340_000L;
    private static final Set<String> CIVIL_SERVICE = Set.of("STATE_AGENCY", "PUBLIC_SERVICE_UNIT", "HEALTH", "SCHOOL", "COMMUNE", "WARD", "TOWN",
            "COMMUNE_WARD");
    private static final Set<String> QUIET = Set.of("bn_cqd_vptu", "bn_ubnd_syt_bvdk", "bn_p_bac_giang_cb1");

    /** One employee record; {@link #json()} is the contract's Employee (deploy/hr-stub/hr-api.yaml). */
    record Employee(DemoPeople.Person person, String civilServantCode, String salaryGrade, BigDecimal salaryCoefficient,
                    long salaryBaseDong, LocalDate salaryEffectiveFrom, String stateManagement, String agency) {

        String ethnicityCode() {
            return ethnicityCode(person.ethnicity());
        }

        static String ethnicityCode(String vietnamese) {
            return DemoData.fold(vietnamese).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        }

        Map<String, Object> json() {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("nationalId", person.nationalId());
            e.put("civilServantCode", civilServantCode);
            e.put("fullName", person.fullName());
            e.put("dateOfBirth", person.dateOfBirth().toString());
            e.put("sex", person.sex());
            e.put("ethnicity", ethnicityCode());
            e.put("unitCode", person.cell());
            e.put("education", person.education());
            if (person.qualification() != null) {
                e.put("qualification", person.qualification());
            }
            e.put("politicalTheory", person.politicalTheory());
            e.put("stateManagement", stateManagement);
            e.put("foreignLanguage", person.index() % 3 == 0 ? "Tiếng Anh B1" : "Tiếng Anh A2");
            e.put("itLevel", "Chuẩn kỹ năng sử dụng CNTT cơ bản");
            e.put("salaryGrade", salaryGrade);
            e.put("salaryCoefficient", salaryCoefficient);
            e.put("salaryBaseDong", salaryBaseDong);
            e.put("salaryEffectiveFrom", salaryEffectiveFrom.toString());
            e.put("positions", positions());
            e.put("updatedAt", salaryEffectiveFrom.atStartOfDay().toString() + ":00Z");
            return e;
        }

        /**
         * Quá trình công tác: a first post as chuyên viên from about 24, then, from four years on at the earliest, the
         * post held now (a deputy head of office for the principal specialists); the agency is the one of the person's cell.
         */
        List<Map<String, Object>> positions() {
            LocalDate start = LocalDate.of(person.dateOfBirth().getYear() + 24 + person.index() % 3, 9, 1);
            LocalDate current = LocalDate.of(Math.max(start.getYear() + 4, salaryEffectiveFrom.getYear() - 4 - person.index() % 4), 7, 1);
            List<Map<String, Object>> list = new ArrayList<>();
            if (current.isAfter(salaryEffectiveFrom)) {
                // too young for a second post yet: the first one is held now
                list.add(position("Chuyên viên", start, null, salaryGrade));
                return list;
            }
            list.add(position("Chuyên viên", start, current.minusDays(1), "01.003"));
            list.add(position(salaryGrade.equals("01.002") ? "Phó Chánh Văn phòng" : "Chuyên viên", current, null, salaryGrade));
            return list;
        }

        private Map<String, Object> position(String title, LocalDate from, LocalDate to, String grade) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", title);
            p.put("organisation", agency);
            p.put("from", from.toString());
            if (to != null) {
                p.put("to", to.toString());
            }
            p.put("salaryGrade", grade);
            return p;
        }
    }

    static List<Employee> of(DemoPeople people, List<DemoData.Unit> cells) {
        List<Employee> found = new ArrayList<>();
        for (int i = 0; i < AMONG && found.size() < COUNT; i++) {
            DemoPeople.Person p = people.person(i);
            int age = p.ageOn(DemoPeople.ANCHOR);
            // the indices DemoMembers strikes off, lets die, transfers or attaches elsewhere
            boolean moved = i % 97 == 5 || i % 41 == 7 || i % 113 == 11 || i % 131 == 17;
            if (p.status() != DemoPeople.Status.FULL || age < 28 || age > 54 || moved
                    || !CIVIL_SERVICE.contains(baseType(cells, p)) || QUIET.contains(p.cell()) && i % 2 == 1) {
                continue;
            }
            found.add(employee(p, age, agency(cells, p)));
        }
        return found;
    }

    private static String baseType(List<DemoData.Unit> cells, DemoPeople.Person p) {
        return cells.stream().filter(c -> c.code().equals(p.cell())).findFirst().map(DemoData.Unit::baseType).orElse("");
    }

    /** The agency a civil servant works in: their cell's name without "Chi bộ" (Chi bộ Sở Y tế → Sở Y tế), a village's the commune. */
    private static String agency(List<DemoData.Unit> cells, DemoPeople.Person p) {
        String name = cells.stream().filter(c -> c.code().equals(p.cell())).findFirst().map(DemoData.Unit::name).orElse(p.cell());
        String bare = name.replaceFirst("^Chi bộ\\s+", "").trim();
        if (bare.isEmpty() || bare.matches("(?i)(thôn|khu|tổ|xóm|làng|ấp|bản)\\b.*")) {
            return "Ủy ban nhân dân cấp xã";   // a village's cell: its civil servants work for the commune
        }
        return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    private static Employee employee(DemoPeople.Person p, int age, String agency) {
        // chuyên viên 01.003 (2.34 + 0.33 a step every 3 years), chuyên viên chính 01.002 from about 45
        boolean principal = age >= 45;
        int steps = Math.min(principal ? 7 : 8, Math.max(0, (age - 25) / 3 - (principal ? 5 : 0)));
        BigDecimal coefficient = principal ? new BigDecimal("4.40").add(new BigDecimal("0.34").multiply(BigDecimal.valueOf(steps)))
                : new BigDecimal("2.34").add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(steps)));
        coefficient = coefficient.setScale(2, RoundingMode.HALF_UP);
        long base = coefficient.multiply(BigDecimal.valueOf(BASE_SALARY_DONG)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDate from = LocalDate.of(2026, 1 + (p.index() % 3) * 3, 1);
        return new Employee(p, String.format("CC-27-%06d", 4000 + p.index()), principal ? "01.002" : "01.003", coefficient,
                base, from, principal ? "PRINCIPAL" : p.index() % 2 == 0 ? "SPECIALIST" : "NONE", agency);
    }

    private HrEmployees() {
    }
}
