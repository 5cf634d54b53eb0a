package vn.party.e2e.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Demo people, each a pure function of (seed, index): the same index always gives the same person, whatever
 * the number asked for, so a re-run with another size finds the people it already registered. Names are
 * drawn from common Vietnamese family, middle and given names, weighted roughly as they occur in the north.
 */
final class DemoPeople {

    /** The day the demo's dates are laid out from (every date given to the API is on or before it). */
    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);

    enum Status { FULL, PROBATIONARY, CANDIDATE }

    /** One demo person and the dates that made them a member (admittedOn/confirmedOn absent as the status says). */
    record Person(int index, String nationalId, String partyCardNumber, String fullName, LocalDate dateOfBirth, String sex,
                  String ethnicity, String religion, String hometown, String education, String qualification,
                  String politicalTheory, String occupation, Status status, LocalDate admittedOn, LocalDate confirmedOn,
                  LocalDate inUnitSince, String cell) {

        /** Key under which a registered record is recognised in a listing (card number, else name and birth). */
        String key() {
            return partyCardNumber != null ? "card:" + partyCardNumber : "name:" + fullName + "|" + dateOfBirth;
        }

        /** Age in whole years on a day. */
        int ageOn(LocalDate day) {
            return java.time.Period.between(dateOfBirth, day).getYears();
        }
    }

    private static final String[][] FAMILY = {
            {"Nguyễn", "38"}, {"Trần", "11"}, {"Lê", "9"}, {"Phạm", "7"}, {"Hoàng", "5"}, {"Vũ", "4"}, {"Phan", "3"},
            {"Đặng", "2"}, {"Bùi", "2"}, {"Đỗ", "2"}, {"Ngô", "2"}, {"Dương", "2"}, {"Đào", "1"}, {"Đinh", "1"},
            {"Lương", "1"}, {"Trịnh", "1"}, {"Hà", "1"}, {"Chu", "1"}, {"Lý", "1"}, {"Tạ", "1"}, {"Thân", "1"},
            {"Hồ", "1"}, {"Võ", "1"}, {"Nông", "1"}};
    private static final String[][] MIDDLE_MALE = {
            {"Văn", "30"}, {"Đức", "8"}, {"Minh", "8"}, {"Quang", "6"}, {"Hữu", "5"}, {"Xuân", "4"}, {"Thanh", "4"},
            {"Công", "4"}, {"Tiến", "3"}, {"Ngọc", "3"}, {"Duy", "3"}, {"Mạnh", "3"}, {"Trọng", "3"}, {"Hồng", "2"},
            {"Đình", "4"}, {"Bá", "2"}};
    private static final String[][] MIDDLE_FEMALE = {
            {"Thị", "45"}, {"Thu", "6"}, {"Ngọc", "6"}, {"Thanh", "5"}, {"Minh", "4"}, {"Hồng", "4"}, {"Phương", "3"},
            {"Thùy", "3"}, {"Kim", "3"}, {"Mai", "2"}, {"Bích", "2"}, {"Diệu", "1"}};
    private static final String[] GIVEN_MALE = {
            "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Cường", "Sơn", "Hiếu", "Trung", "Quân", "Phong",
            "Tùng", "Kiên", "Bình", "Đạt", "Huy", "Hoàng", "Khánh", "Lâm", "Nghĩa", "Phúc", "Quý", "Thành", "Thịnh",
            "Toàn", "Vinh", "Việt", "Đông", "Giang", "Hưng", "Lợi", "Tài", "Tú", "Chiến", "Duẩn", "Khoa", "Mạnh", "Quyết"};
    private static final String[] GIVEN_FEMALE = {
            "Hoa", "Lan", "Hương", "Hằng", "Huyền", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Thủy",
            "Trang", "Yến", "Hà", "Hạnh", "Hiền", "Loan", "Ly", "Oanh", "Quyên", "Tâm", "Thúy", "Vân", "Anh", "Dung",
            "Giang", "Chi", "Liên", "Lụa", "Nguyệt", "Thắm", "Xuân", "Duyên", "Hồng", "Lý", "Tuyết", "Uyên", "Vy"};
    /** Mostly Kinh; the minorities of the Bắc Giang hills that joined Bắc Ninh in 2025. */
    private static final String[][] ETHNICITY = {
            {"Kinh", "880"}, {"Nùng", "40"}, {"Tày", "30"}, {"Sán Dìu", "15"}, {"Sán Chay", "12"}, {"Hoa", "12"},
            {"Dao", "8"}, {"Mường", "3"}};
    private static final String[][] RELIGION = {{"Không", "94"}, {"Phật giáo", "5"}, {"Công giáo", "1"}};
    private static final String[][] THEORY = {
            {"ELEMENTARY", "45"}, {"INTERMEDIATE", "30"}, {"NONE", "15"}, {"ADVANCED", "8"}, {"BACHELOR", "2"}};

    private final long seed;
    private final List<DemoData.Unit> cells;
    private final int totalWeight;
    private final List<String> hometowns;

    DemoPeople(long seed, List<DemoData.Unit> cells, List<String> hometowns) {
        this.seed = seed;
        this.cells = cells;
        this.totalWeight = cells.stream().mapToInt(DemoData.Unit::weight).sum();
        this.hometowns = hometowns;
    }

    Person person(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        boolean female = r.nextInt(100) < 38;
        String family = weighted(r, FAMILY);
        String middle = weighted(r, female ? MIDDLE_FEMALE : MIDDLE_MALE);
        String[] givens = female ? GIVEN_FEMALE : GIVEN_MALE;
        String given = givens[r.nextInt(givens.length)];
        String fullName = family + " " + middle + " " + given;
        // some three-part given names: Nguyễn Thị Thu Hà
        if (r.nextInt(100) < 12) {
            fullName = family + " " + middle + " " + (female ? "Thu " : "Minh ") + given;
        }

        DemoData.Unit cell = pickCell(r);
        int roll = r.nextInt(100);
        Status status = roll < 4 ? Status.CANDIDATE : roll < 10 ? Status.PROBATIONARY : Status.FULL;
        int age = switch (status) {
            case FULL -> 24 + (int) Math.abs(r.nextGaussian() * 18) % 62;   // many retirees in communes
            case PROBATIONARY -> 19 + r.nextInt(20);
            case CANDIDATE -> 19 + r.nextInt(24);
        };
        LocalDate dateOfBirth = ANCHOR.minusYears(age).minusDays(1 + r.nextInt(364));
        LocalDate admittedOn = null;
        LocalDate confirmedOn = null;
        LocalDate inUnitSince = null;
        switch (status) {
            case FULL -> {
                LocalDate latest = LocalDate.of(2025, 9, 30);
                admittedOn = dateOfBirth.plusYears(18 + r.nextInt(Math.max(1, Math.min(age - 19, 22)))).plusDays(r.nextInt(300));
                if (admittedOn.isAfter(latest)) {
                    admittedOn = latest.minusDays(r.nextInt(400));
                }
                if (admittedOn.isBefore(dateOfBirth.plusYears(18))) {
                    admittedOn = dateOfBirth.plusYears(18).plusDays(r.nextInt(30));
                }
                confirmedOn = admittedOn.plusYears(1).plusDays(r.nextInt(45));
            }
            case PROBATIONARY -> admittedOn = LocalDate.of(2025, 12, 1).plusDays(r.nextInt(330));
            case CANDIDATE -> inUnitSince = LocalDate.of(2025, 7, 1).plusDays(r.nextInt(100));
        }
        boolean male = !female;
        int century = dateOfBirth.getYear() >= 2000 ? 2 : 0;
        String nationalId = String.format("027%d%02d%06d", century + (female ? 1 : 0), dateOfBirth.getYear() % 100,
                Math.floorMod(index * 7L + seed, 1_000_000L));
        String card = status == Status.CANDIDATE ? null : String.format("27%06d", 100_000 + index);
        String occupation = occupation(r, cell.baseType(), age, male);
        String qualification = switch (cell.baseType()) {
            case "COMMUNE", "WARD", "TOWN", "COMMUNE_WARD", "COOPERATIVE" -> r.nextInt(3) == 0 ? "Trung cấp" : null;
            case "HEALTH" -> "Bác sĩ đa khoa";
            case "SCHOOL" -> "Cử nhân Sư phạm";
            default -> r.nextBoolean() ? "Cử nhân Luật" : "Cử nhân Kinh tế";
        };
        return new Person(index, nationalId, card, fullName, dateOfBirth, female ? "FEMALE" : "MALE",
                weighted(r, ETHNICITY), weighted(r, RELIGION), hometowns.get(r.nextInt(hometowns.size())) + ", tỉnh Bắc Ninh",
                "12/12", qualification, status == Status.CANDIDATE ? "NONE" : weighted(r, THEORY), occupation, status,
                admittedOn, confirmedOn, inUnitSince, cell.code());
    }

    private DemoData.Unit pickCell(Random r) {
        int x = r.nextInt(totalWeight);
        for (DemoData.Unit cell : cells) {
            x -= cell.weight();
            if (x < 0) {
                return cell;
            }
        }
        return cells.get(cells.size() - 1);
    }

    private static String occupation(Random r, String organisationType, int age, boolean male) {
        if (age >= (male ? 61 : 57)) {
            return "Hưu trí";
        }
        return switch (organisationType) {
            case "COMMUNE", "WARD", "TOWN", "COMMUNE_WARD" -> new String[] {"Nông dân", "Kinh doanh", "Công nhân", "Cán bộ thôn", "Công chức xã"}[r.nextInt(5)];
            case "COOPERATIVE" -> "Xã viên hợp tác xã";
            case "HEALTH" -> r.nextBoolean() ? "Bác sĩ" : "Điều dưỡng";
            case "SCHOOL" -> "Giáo viên";
            case "ARMY" -> "Quân nhân";
            case "POLICE" -> "Công an";
            case "PRIVATE_ENTERPRISE", "STATE_ENTERPRISE" -> r.nextBoolean() ? "Công nhân" : "Kỹ sư";
            case "PUBLIC_SERVICE_UNIT" -> "Viên chức";
            default -> "Công chức";
        };
    }

    private static String weighted(Random r, String[][] table) {
        int total = 0;
        for (String[] row : table) {
            total += Integer.parseInt(row[1]);
        }
        int x = r.nextInt(total);
        for (String[] row : table) {
            x -= Integer.parseInt(row[1]);
            if (x < 0) {
                return row[0];
            }
        }
        return table[0][0];
    }
}
