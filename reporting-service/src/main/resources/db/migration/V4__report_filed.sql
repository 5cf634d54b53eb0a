-- Báo cáo đã nộp: a committee's report as filed, the summary's figures frozen with who filed it and when.
-- Never changed: a new filing is a new row, and the table refuses updates and deletes. The rebuild leaves it be.
create table report_filed (
    id            uuid        primary key,
    unit_code     text        not null,
    unit_name     text        not null,
    period        text        not null,
    period_from   date        not null,
    period_to     date        not null,
    as_of         date        not null,
    grading_year  integer     not null,
    filed_by      text        not null,
    filed_at      timestamptz not null,
    note          text,
    summary       text        not null   -- the summary document exactly as it was answered when filed
);
create index report_filed_unit on report_filed (unit_code, filed_at desc, id desc);

create function report_filed_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'report_filed is append-only: a filed report is never changed';
end $$;
create trigger report_filed_append_only before update or delete on report_filed
    for each statement execute function report_filed_is_append_only();
