-- Transfers between cells (chuyển sinh hoạt đảng). The member stays in the sending cell's official count
-- until the receiving cell records that they reported: never two official cells at once.
create table transfer (
    id               uuid        primary key,
    member_id        uuid        not null references member (id),
    kind             text        not null check (kind in ('PERMANENT', 'TEMPORARY')),
    from_unit_id     bigint      not null references org_unit (id),
    to_unit_id       bigint      not null references org_unit (id),
    moved_on         date        not null,
    letter_on        date        not null,
    sending_deadline date        not null,
    report_by        date        not null,
    attached_until   date,
    status           text        not null check (status in ('SENT', 'RECEIVED', 'RETURNED', 'CANCELLED')),
    reported_on      date,
    returned_on      date,
    regulation       text        not null,
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    check ((kind = 'TEMPORARY') = (attached_until is not null))
);
-- one transfer under way per member
create unique index transfer_open on transfer (member_id) where status = 'SENT';
create index transfer_to on transfer (to_unit_id, status);
create index transfer_from on transfer (from_unit_id, status);
