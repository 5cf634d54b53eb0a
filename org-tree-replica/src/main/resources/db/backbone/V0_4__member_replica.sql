-- This service's copy of membership's member records: name, current cell and status only (what a case or a
-- decision needs to pick and check a member), built from membership.events. No personal data beyond the name.
create table member_replica (
    member_id  uuid        primary key,
    full_name  text        not null,
    unit_code  text        not null,
    status     text        not null,
    updated_at timestamptz not null
);
create index member_replica_unit on member_replica (unit_code);
