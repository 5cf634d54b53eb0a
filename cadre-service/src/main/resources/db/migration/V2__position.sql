-- Positions (chức vụ) per unit, who held them when, and the acts that put them there.
create table position (
    id          uuid        primary key,
    unit_code   text        not null,
    kind        text        not null,
    title       text        not null,
    seats       integer     not null check (seats between 1 and 50),
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    unique (unit_code, kind)
);

create table position_holding (
    id                 uuid        primary key,
    position_id        uuid        not null references position (id),
    unit_code          text        not null,
    kind               text        not null,
    cadre_id           uuid        not null references cadre_profile (id),
    started_on         date        not null,
    ended_on           date,
    end_reason         text,
    method             text        not null,
    decision_number    text        not null,
    terms              integer     not null default 1,
    last_appointed_on  date        not null,
    version            bigint      not null default 0,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    check (ended_on is null or ended_on >= started_on)
);
-- one person holds a post once at a time
create unique index position_holding_current on position_holding (position_id, cadre_id) where ended_on is null;
create index position_holding_unit on position_holding (unit_code, kind) where ended_on is null;
create index position_holding_cadre on position_holding (cadre_id);

-- Appointments and reappointments (bổ nhiệm, bổ nhiệm lại): one row per act; never changed.
create table appointment (
    id               uuid        primary key,
    holding_id       uuid        not null references position_holding (id),
    cadre_id         uuid        not null,
    unit_code        text        not null,
    kind             text        not null check (kind in ('FIRST', 'REAPPOINTMENT', 'ROTATION')),
    method           text        not null,
    decision_number  text        not null,
    effective_on     date        not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
create index appointment_holding on appointment (holding_id, effective_on);

-- Rotations (luân chuyển): up, down or across, to a post of the receiving unit.
create table rotation (
    id                uuid        primary key,
    cadre_id          uuid        not null references cadre_profile (id),
    from_unit_code    text        not null,
    unit_code         text        not null,
    direction         text        not null check (direction in ('UP', 'DOWN', 'ACROSS')),
    from_holding_id   uuid        references position_holding (id),
    to_holding_id     uuid        not null references position_holding (id),
    effective_on      date        not null,
    planned_until     date,
    decision_number   text        not null,
    recorded_at       timestamptz not null,
    recorded_by       text        not null
);
create index rotation_unit on rotation (unit_code, effective_on);

-- Accountability actions (xử lý trách nhiệm người đứng đầu): never changed.
create table accountability_action (
    id               uuid        primary key,
    cadre_id         uuid        not null references cadre_profile (id),
    unit_code        text        not null,
    holding_id       uuid        references position_holding (id),
    kind             text        not null,
    reason           text        not null,
    decision_number  text        not null,
    decided_on       date        not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
create index accountability_action_unit on accountability_action (unit_code, decided_on);
