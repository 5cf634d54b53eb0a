-- Loại hình chi bộ: the kind each cell was founded with (cells founded without one, and before cells had a kind,
-- have no row). Kept by unit code beside the tree replica; a cell's kind does not change with its place.
create table report_cell_kind (
    unit_code  text        primary key,
    cell_kind  text        not null,
    event_time timestamptz not null
);

-- A unit's own admission target and the one the committee above set for it, each the latest of its setter.
-- Targets projected before events carried a setter were set from above.
alter table report_admission_target add column setter text not null default 'SUPERIOR';
alter table report_admission_target alter column setter drop default;
alter table report_admission_target drop constraint report_admission_target_pkey;
alter table report_admission_target add primary key (unit_code, period, setter);
