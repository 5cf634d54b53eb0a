create extension if not exists ltree;

-- The org tree. code never changes; path (ltree of codes, root first) is where the unit stands now.
create table org_unit (
    id                bigint generated always as identity primary key,
    code              text        not null unique check (code ~ '^[a-z0-9_]{1,64}$'),
    name              text        not null check (length(name) between 1 and 255),
    kind              text        not null check (kind in ('PROVINCE_COMMITTEE', 'INTERMEDIATE_COMMITTEE',
                                                           'BASE_COMMITTEE', 'BASE_CELL', 'CELL')),
    organisation_type text check (organisation_type in ('COMMUNE_WARD', 'STATE_AGENCY', 'PUBLIC_SERVICE_UNIT',
                                                        'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'COOPERATIVE',
                                                        'ARMY', 'POLICE', 'SCHOOL', 'HEALTH')),
    parent_id         bigint references org_unit (id),
    path              ltree       not null unique,
    founded_on        date        not null,
    dissolved_on      date,
    version           bigint      not null default 0,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    check ((kind in ('BASE_COMMITTEE', 'BASE_CELL')) = (organisation_type is not null))
);
create index org_unit_path_gist on org_unit using gist (path);
create index org_unit_parent on org_unit (parent_id);
