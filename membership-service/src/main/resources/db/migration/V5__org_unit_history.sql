-- The tree through time: one row per unit per period [valid_from, valid_to) in which its name, parent and
-- path stayed the same. A change closes the open row and opens the next; the open row has valid_to null.
-- Reports for a past date join member placements to the rows valid on that date.
create table org_unit_version (
    id                bigint generated always as identity primary key,
    unit_id           bigint      not null references org_unit (id),
    name              text        not null,
    parent_id         bigint references org_unit (id),
    path              ltree       not null,
    kind              text        not null,
    organisation_type text,
    valid_from        date        not null,
    valid_to          date,
    change            text        not null check (change in ('FOUNDED', 'RENAMED', 'MOVED')),
    check (valid_to is null or valid_to >= valid_from),
    -- same-day changes leave an empty [d, d) row behind, which overlaps nothing
    exclude using gist (unit_id with =, daterange(valid_from, valid_to) with &&)
);
create index org_unit_version_path on org_unit_version using gist (path);
create index org_unit_version_unit on org_unit_version (unit_id, valid_from);

insert into org_unit_version (unit_id, name, parent_id, path, kind, organisation_type, valid_from, valid_to, change)
select id, name, parent_id, path, kind, organisation_type, founded_on, dissolved_on, 'FOUNDED' from org_unit;
