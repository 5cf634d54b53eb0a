-- Reporting's own dated tree, rebuilt from the unit events of membership.events. The facts are the events as
-- they came (any order); the versions are derived from them per subtree, so a replay or a late event changes
-- nothing that the full set of facts does not say.
create extension if not exists ltree;

create table report_unit_fact (
    event_id          uuid        primary key,
    unit_code         text        not null,
    change            text        not null,   -- FOUNDED, RENAMED, MOVED, DISSOLVED, MERGED, SPLIT
    effective_date    date        not null,
    event_time        timestamptz not null,
    name              text,
    kind              text,
    organisation_type text,
    parent_code       text,
    path              text        not null,   -- the unit's path as the event gave it, dot form
    related_codes     text                    -- merged or split: the other units, comma separated
);
create index report_unit_fact_unit on report_unit_fact (unit_code);
create index report_unit_fact_parent on report_unit_fact (parent_code) where parent_code is not null;

-- One row per stretch of days over which a unit's name, kind, type, parent and path stay the same.
-- valid_from inclusive, valid_to exclusive (null: still so). The path is the tree of those days.
create table report_unit_version (
    code              text  not null,
    name              text  not null,
    kind              text  not null,
    organisation_type text,
    parent_code       text,
    path              ltree not null,
    valid_from        date  not null,
    valid_to          date,
    primary key (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create index report_unit_version_path on report_unit_version using gist (path);
create index report_unit_version_parent on report_unit_version (parent_code);

-- What the other features join to roll their figures up the tree of a day: a version as a range of days.
create view report_tree as
select code, name, kind, organisation_type, parent_code, path, valid_from, valid_to,
       daterange(valid_from, valid_to, '[)') as days
from report_unit_version;

-- Freshness: the newest event time projected, per topic.
create table report_progress (
    topic             text        primary key,
    newest_event_time timestamptz not null,
    events            bigint      not null
);
