-- The civil-service HR system link: where the last sync stopped, its runs and the records it skipped.
create table hr_sync_cursor (
    source      text        primary key,
    cursor      text,
    updated_at  timestamptz not null
);

create table hr_sync_run (
    id           uuid        primary key,
    trigger      text        not null check (trigger in ('SCHEDULED', 'MANUAL')),
    started_by   text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    status       text        not null check (status in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    cursor_from  text,
    cursor_to    text,
    pages        integer     not null default 0,
    received     integer     not null default 0,
    created      integer     not null default 0,
    updated      integer     not null default 0,
    unchanged    integer     not null default 0,
    skipped      integer     not null default 0,
    error        text
);
create index hr_sync_run_started on hr_sync_run (started_at desc);

create table hr_sync_issue (
    id          bigint generated always as identity primary key,
    run_id      uuid        not null references hr_sync_run (id),
    record_ref  text,
    reason      text        not null,
    at          timestamptz not null
);
create index hr_sync_issue_run on hr_sync_issue (run_id, id);
