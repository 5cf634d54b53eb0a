-- Annual grading (đánh giá, xếp loại chất lượng): one round per base organisation and year, in which the
-- grades of its members and of its organisations (itself and its cells) are entered as drafts and become final
-- when the round is closed.
create table grading_round (
    id          uuid        primary key,
    -- the base organisation (BASE_COMMITTEE or BASE_CELL) that grades
    unit_id     bigint      not null references org_unit (id),
    year        integer     not null check (year between 1930 and 2100),
    regulation  text        not null,
    status      text        not null check (status in ('OPEN', 'CLOSED')),
    closed_on   date,
    closed_by   text,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    unique (unit_id, year),
    check ((status = 'CLOSED') = (closed_on is not null))
);
create index grading_round_year on grading_round (year, unit_id);

-- One row per grading of a subject (a member or a unit) for a year. A draft lives only while its round is
-- open and may be replaced; closing makes it final as version 1. A correction never updates a final row: it
-- adds the next version and takes "current" from the one before, which stays readable.
create table grading (
    id              uuid        primary key,
    round_id        uuid        not null references grading_round (id),
    year            integer     not null,
    subject_kind    text        not null check (subject_kind in ('MEMBER', 'ORGANISATION')),
    member_id       uuid        references member (id),
    -- for a member: the official cell on 31 December of the year; for an organisation: the graded unit
    unit_id         bigint      not null references org_unit (id),
    grade           text        not null check (grade in ('CLEAN_AND_STRONG', 'EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    score           integer     check (score between 0 and 100),
    grading_version integer     not null check (grading_version >= 1),
    is_final        boolean     not null,
    is_current      boolean     not null,
    reason          text,
    recorded_on     date        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    check ((subject_kind = 'MEMBER') = (member_id is not null)),
    check (is_final or (grading_version = 1 and is_current)),
    check (grading_version = 1 or reason is not null)
);
-- one grading per subject and year: one version 1, one current row
create unique index grading_member_version on grading (member_id, year, grading_version) where subject_kind = 'MEMBER';
create unique index grading_member_current on grading (member_id, year) where subject_kind = 'MEMBER' and is_current;
create unique index grading_unit_version on grading (unit_id, year, grading_version) where subject_kind = 'ORGANISATION';
create unique index grading_unit_current on grading (unit_id, year) where subject_kind = 'ORGANISATION' and is_current;
create index grading_round_subjects on grading (round_id, subject_kind, id) where is_current;
create index grading_summary on grading (year, unit_id) where is_current and is_final;
