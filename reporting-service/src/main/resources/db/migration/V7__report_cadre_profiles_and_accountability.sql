-- cadre.events that the figures had skipped. Only the flags committees report (sex, age band, ethnic minority).

-- Hồ sơ cán bộ from the HR system: one row per sync, so a profile is known as it stood on any day (the latest sync
-- up to that day, in the unit it named).
create table report_cadre_profile_sync (
    event_id        uuid primary key,
    cadre_id        text not null,
    unit_code       text not null,
    female          boolean not null,
    under_40        boolean not null,
    ethnic_minority boolean not null,
    synced_on       date not null,
    event_time      timestamptz not null
);
create index report_cadre_profile_sync_cadre on report_cadre_profile_sync (cadre_id, synced_on desc);

-- Trách nhiệm người đứng đầu: accountability actions against heads, one row per event.
create table report_accountability (
    event_id        uuid primary key,
    action_id       text not null,
    cadre_id        text not null,
    unit_code       text not null,
    kind            text not null,
    position_kind   text,
    female          boolean not null,
    ethnic_minority boolean not null,
    effective_date  date not null
);
create index report_accountability_date on report_accountability (effective_date);
