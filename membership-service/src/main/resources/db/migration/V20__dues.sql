-- Dues profile (chế độ đóng đảng phí) per member, dated by the month it applies from. The row in force for a
-- month is the newest with effective_from on or before it; rows are never rewritten, so history is kept.
-- source says who set it: MANUAL through the API now, HR when the civil-service HR link feeds salary bases.
create table dues_profile (
    id               bigint generated always as identity primary key,
    member_id        uuid        not null references member (id),
    effective_from   date        not null check (extract(day from effective_from) = 1),
    basis            text        not null check (basis in ('SALARIED', 'PENSIONER', 'STUDENT', 'OTHER_IN_WORK')),
    -- social-insurance salary base or pension, in đồng; required for the shares, ignored for fixed amounts
    base_amount_dong bigint check (base_amount_dong is null or base_amount_dong > 0),
    source           text        not null check (source in ('MANUAL', 'HR')),
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    check (basis not in ('SALARIED', 'PENSIONER') or base_amount_dong is not null),
    unique (member_id, effective_from)
);

-- Dues paid (thu đảng phí): one row per member and month, collected by the member's cell.
create table dues_payment (
    id               uuid        primary key,
    member_id        uuid        not null references member (id),
    for_month        date        not null check (extract(day from for_month) = 1),
    -- the cell that collected: the member's official cell in that month
    unit_id          bigint      not null references org_unit (id),
    amount_paid_dong bigint      not null check (amount_paid_dong > 0),
    paid_on          date        not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    unique (member_id, for_month)
);
create index dues_payment_unit_month on dues_payment (unit_id, for_month);
