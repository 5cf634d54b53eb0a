create extension if not exists ltree;

-- This service's copy of membership's org tree, built from membership.events.
create table org_unit_replica (
    code              text        primary key,
    name              text        not null,
    kind              text        not null,
    organisation_type text,
    parent_code       text,
    path              ltree       not null,
    founded_on        date        not null,
    dissolved_on      date,
    updated_at        timestamptz not null
);
create index org_unit_replica_path_gist on org_unit_replica using gist (path);
