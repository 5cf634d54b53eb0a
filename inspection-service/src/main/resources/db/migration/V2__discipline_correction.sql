-- Corrections (đính chính) of a discipline decision's facts: the violation's wording or date, each a dated record with
-- its reason. The decision is never edited; its history shows the corrections beside its appeals.
create table discipline_correction (
    id            uuid        primary key,
    decision_id   uuid        not null references discipline_decision,
    corrected_on  date        not null,
    violation     text,
    violation_on  date,
    -- the violation as it stands after this correction: a second decision for it is refused like one for the original
    violation_key text        not null,
    reason        text        not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    check (violation is not null or violation_on is not null)
);
create index discipline_correction_decision on discipline_correction (decision_id, corrected_on, created_at);
create index discipline_correction_key on discipline_correction (violation_key);

create trigger discipline_correction_append_only before update or delete on discipline_correction
    for each statement execute function discipline_is_append_only();
