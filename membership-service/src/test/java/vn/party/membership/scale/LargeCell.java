package vn.party.membership.scale;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Members written straight into the database (generate_series), as many as the largest cells of a province hold:
 * what the API would take minutes to register, in seconds. Full members admitted 1980-2000, in the cell since 2020,
 * each with a salaried dues profile; every other member paid in {@code paidMonth}.
 */
final class LargeCell {

    static List<UUID> fill(DataSource db, String cellCode, int members, String paidMonth) throws SQLException {
        String run = UUID.randomUUID().toString();
        long nationalIdBase = ThreadLocalRandom.current().nextLong(100_000_000_000L, 800_000_000_000L);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long unitId;
            try (PreparedStatement s = c.prepareStatement("select id from org_unit where code = ?")) {
                s.setString(1, cellCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    unitId = r.getLong(1);
                }
            }
            exec(c, """
                    create temporary table big_cell on commit drop as
                    select cast(md5(? || g) as uuid) as id, g from generate_series(1, ?) g""", run, members);
            exec(c, """
                    insert into member (id, national_id, full_name, name_folded, date_of_birth, sex, ethnicity, unit_id, status,
                                        status_since, admitted_on, first_admitted_on, confirmed_on, created_at, created_by,
                                        updated_at, updated_by)
                    select b.id, lpad(cast(? + b.g as text), 12, '0'), 'Nguyễn Văn ' || to_char(b.g, 'FM000000'),
                           'nguyen van ' || to_char(b.g, 'FM000000'), date '1960-01-01' + (b.g % 7000),
                           case when b.g % 2 = 0 then 'MALE' else 'FEMALE' end, 'Kinh', ?, 'FULL',
                           date '1981-01-01' + (b.g % 7000), date '1980-01-01' + (b.g % 7000), date '1980-01-01' + (b.g % 7000),
                           date '1981-01-01' + (b.g % 7000), now(), 'scale-test', now(), 'scale-test'
                    from big_cell b""", nationalIdBase, unitId);
            exec(c, """
                    insert into member_status_history (member_id, status, effective_on, reason, recorded_at, recorded_by)
                    select b.id, 'FULL', date '1981-01-01' + (b.g % 7000), 'scale test', now(), 'scale-test' from big_cell b""");
            exec(c, """
                    insert into member_placement (member_id, unit_id, starts_on)
                    select b.id, ?, date '2020-01-01' from big_cell b""", unitId);
            exec(c, """
                    insert into dues_profile (member_id, effective_from, basis, base_amount_dong, source, recorded_at, recorded_by)
                    select b.id, date '2020-01-01', 'SALARIED', 8500000, 'MANUAL', now(), 'scale-test' from big_cell b""");
            exec(c, """
                    insert into dues_payment (id, member_id, for_month, unit_id, amount_paid_dong, paid_on, recorded_at, recorded_by)
                    select cast(md5(b.id::text || 'pay') as uuid), b.id, cast(? as date), ?, 85000, cast(? as date), now(), 'scale-test'
                    from big_cell b where b.g % 2 = 0""", paidMonth + "-01", unitId, paidMonth + "-15");
            List<UUID> ids = new ArrayList<>(members);
            try (PreparedStatement s = c.prepareStatement("select id from big_cell order by g");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            c.commit();
            try (PreparedStatement s = c.prepareStatement("analyze member; analyze member_placement; analyze member_status_history; "
                    + "analyze dues_profile; analyze dues_payment")) {
                c.setAutoCommit(true);
                s.execute();
            }
            return ids;
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        }
    }

    private LargeCell() {
    }
}
