create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- One person, one record (DOMAIN.md): the national ID is unique over all records, past and present.
-- A readmission continues the same row. unit_id is the official cell (or base cell) now; member_placement
-- keeps where the member stood on each date.
create table member (
    id                         uuid        primary key,
    national_id                text        not null unique check (national_id ~ '^[0-9]{12}$'),
    full_name                  text        not null check (length(full_name) between 1 and 255),
    -- lower-case, without diacritics (đ as d): what name searches match against
    name_folded                text        not null,
    date_of_birth              date        not null,
    sex                        text        not null check (sex in ('MALE', 'FEMALE')),
    ethnicity                  text        not null,
    religion                   text,
    party_card_number          text unique,
    hometown                   text,
    education                  text,
    professional_qualification text,
    political_theory           text check (political_theory in ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    occupation                 text,
    unit_id                    bigint      not null references org_unit (id),
    status                     text        not null check (status in ('CANDIDATE', 'PROBATIONARY', 'FULL', 'LEFT')),
    exit_kind                  text check (exit_kind in ('STRUCK_OFF', 'RELEASED', 'EXPELLED', 'DECEASED')),
    status_since               date        not null,
    admitted_on                date,
    confirmed_on               date,
    readmitted                 boolean     not null default false,
    version                    bigint      not null default 0,
    created_at                 timestamptz not null,
    created_by                 text        not null,
    updated_at                 timestamptz not null,
    updated_by                 text        not null,
    check ((status = 'LEFT') = (exit_kind is not null)),
    check (status = 'CANDIDATE' or admitted_on is not null)
);
create index member_unit on member (unit_id, status);
create index member_name_trgm on member using gin (name_folded gin_trgm_ops);
create index member_name_order on member (name_folded, id);
create index member_birth on member (date_of_birth);
create index member_admitted on member (admitted_on);

-- Every status a member has had, with the date it took effect; the newest effective row is the status.
create table member_status_history (
    id           bigint generated always as identity primary key,
    member_id    uuid        not null references member (id),
    status       text        not null,
    exit_kind    text,
    effective_on date        not null,
    reason       text,
    recorded_at  timestamptz not null,
    recorded_by  text        not null
);
create index member_status_history_member on member_status_history (member_id, effective_on);

-- Official cell per period [starts_on, ends_on): never two at once, enforced by the database.
create table member_placement (
    id        bigint generated always as identity primary key,
    member_id uuid   not null references member (id),
    unit_id   bigint not null references org_unit (id),
    starts_on date   not null,
    ends_on   date,
    check (ends_on is null or ends_on > starts_on),
    exclude using gist (member_id with =, daterange(starts_on, ends_on) with &&)
);
create index member_placement_unit on member_placement (unit_id, starts_on);

-- Conditions beside the status, each over [starts_on, ends_on); one of a kind at a time per member.
create table member_condition (
    id           bigint generated always as identity primary key,
    member_id    uuid        not null references member (id),
    condition    text        not null check (condition in ('EXEMPTED', 'SUSPENDED', 'TEMPORARILY_ATTACHED', 'OUT_OF_CONTACT')),
    starts_on    date        not null,
    ends_on      date,
    host_unit_id bigint references org_unit (id),
    reason       text,
    source       text,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    check (ends_on is null or ends_on > starts_on),
    check ((condition = 'TEMPORARILY_ATTACHED') = (host_unit_id is not null)),
    exclude using gist (member_id with =, condition with =, daterange(starts_on, ends_on) with &&)
);
create index member_condition_member on member_condition (member_id);
