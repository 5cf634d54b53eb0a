-- Bulk import of member records from CSV (memberimport feature). A job is accepted by a request and run in
-- the background; its state lives here so that progress survives a restart and any replica can answer for it.
create table member_import (
    id             uuid        primary key,
    mode           text        not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    dry_run        boolean     not null,
    status         text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total_rows     integer     not null check (total_rows >= 0),
    processed_rows integer     not null default 0,
    imported_rows  integer     not null default 0,
    failed_rows    integer     not null default 0,
    -- the caller captured when the job was accepted: the background work acts in their name and subtree,
    -- and only callers whose subtree covers scope_path may read the job
    scope_path     text        not null,
    created_by     text        not null,
    creator_roles  text        not null,
    created_at     timestamptz not null,
    started_at     timestamptz,
    heartbeat_at   timestamptz,
    finished_at    timestamptz,
    attempts       integer     not null default 0,
    -- why the job as a whole failed, beside its row errors (e.g. it stopped repeatedly)
    failure        text,
    version        bigint      not null default 0,
    check (processed_rows between 0 and total_rows),
    check (status not in ('COMPLETED', 'FAILED') or finished_at is not null)
);
create index member_import_pending on member_import (created_at) where status in ('QUEUED', 'RUNNING');

-- The uploaded file, kept only until the job finishes (it holds personal data the member records then hold).
create table member_import_file (
    import_id uuid primary key references member_import (id) on delete cascade,
    content   text not null
);

-- Row-level errors: the spreadsheet row (the header is row 1), the column at fault when there is one, the
-- message and the rule that refused it.
create table member_import_error (
    id          bigint generated always as identity primary key,
    import_id   uuid    not null references member_import (id) on delete cascade,
    row_number  integer not null check (row_number >= 2),
    column_name text,
    message     text    not null,
    rule        text    not null
);
create index member_import_error_import on member_import_error (import_id, id);
