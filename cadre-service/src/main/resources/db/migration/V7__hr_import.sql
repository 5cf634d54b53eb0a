-- Imports of the HR system's CSV export by offices that exchange files: the same upsert as the sync, limited to
-- the importer's subtree. An import belongs to the importer's unit (scoped); its skipped rows name the row, never a
-- national ID.
create table hr_import (
    id          uuid        primary key,
    unit_code   text        not null,
    started_by  text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    status      text        not null check (status in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    total_rows  integer     not null,
    processed   integer     not null default 0,
    created     integer     not null default 0,
    updated     integer     not null default 0,
    unchanged   integer     not null default 0,
    skipped     integer     not null default 0,
    error       text
);
create index hr_import_unit on hr_import (unit_code, started_at desc);

create table hr_import_issue (
    id          bigint generated always as identity primary key,
    import_id   uuid        not null references hr_import (id),
    row_number  integer     not null,
    record_ref  text,
    reason      text        not null
);
create index hr_import_issue_import on hr_import_issue (import_id, row_number, id);
