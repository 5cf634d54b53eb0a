-- Discipline decisions received from inspection.events (reprimand or above), by member.
create table received_discipline (
    decision_id   text        primary key,
    member_id     uuid        not null,
    form          text        not null,
    effective_on  date        not null,
    received_at   timestamptz not null
);
create index received_discipline_member on received_discipline (member_id, effective_on);
