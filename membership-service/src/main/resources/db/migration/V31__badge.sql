-- Party badges (Huy hiệu Đảng) awarded: one per member and milestone, never deleted.
create table badge_award (
    id                uuid        primary key,
    member_id         uuid        not null references member (id),
    milestone_years   integer     not null check (milestone_years between 30 and 90),
    presentation_date date        not null,
    decision_number   text,
    -- the member's cell when the award was recorded
    unit_id           bigint      not null references org_unit (id),
    recorded_at       timestamptz not null,
    recorded_by       text        not null,
    unique (member_id, milestone_years)
);
create index badge_award_presentation on badge_award (presentation_date, unit_id);
