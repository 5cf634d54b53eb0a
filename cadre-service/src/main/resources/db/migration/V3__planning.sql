-- Succession planning (quy hoạch): a cadre planned for a post of a unit, for a term and level.
create table plan_entry (
    id                     uuid        primary key,
    term                   text        not null check (term ~ '^\d{4}-\d{4}$'),
    level                  text        not null,
    unit_code              text        not null,
    position_kind          text        not null,
    position_group         text        not null,
    cadre_id               uuid        not null references cadre_profile (id),
    first_time             boolean     not null,
    added_on               date        not null,
    add_decision           text,
    removed_on             date,
    removal_reason         text,
    removal_decision       text,
    removed_automatically  boolean     not null default false,
    version                bigint      not null default 0,
    created_at             timestamptz not null,
    created_by             text        not null,
    updated_at             timestamptz not null,
    updated_by             text        not null,
    check (removed_on is null or removal_reason is not null)
);
create unique index plan_entry_current on plan_entry (term, unit_code, position_kind, cadre_id) where removed_on is null;
create index plan_entry_cadre on plan_entry (cadre_id) where removed_on is null;
create index plan_entry_unit on plan_entry (unit_code, term, level);
