-- Cell meetings (sinh hoạt chi bộ): regular monthly, thematic at least quarterly. The minutes' totals are
-- computed from the member directory on the day and kept with the meeting, as the minutes were written.
create table cell_meeting (
    id                    uuid        primary key,
    unit_id               bigint      not null references org_unit (id),
    held_on               date        not null,
    kind                  text        not null check (kind in ('REGULAR', 'THEMATIC')),
    theme                 text check (theme is null or length(theme) between 1 and 500),
    total_members         integer     not null check (total_members >= 0),
    full_members          integer     not null check (full_members >= 0),
    probationary_members  integer     not null check (probationary_members >= 0),
    attached_members      integer     not null check (attached_members >= 0),
    exempted_members      integer     not null check (exempted_members >= 0),
    present               integer     not null check (present >= 0),
    absent_with_reason    integer     not null check (absent_with_reason >= 0),
    absent_without_reason integer     not null check (absent_without_reason >= 0),
    committee_total       integer     not null check (committee_total >= 0),
    committee_present     integer     not null check (committee_present between 0 and committee_total),
    version               bigint      not null default 0,
    created_at            timestamptz not null,
    created_by            text        not null,
    check ((kind = 'THEMATIC') = (theme is not null)),
    check (total_members = full_members + probationary_members)
);
-- one regular meeting per cell and month
create unique index cell_meeting_one_regular_a_month on cell_meeting
    (unit_id, (extract(year from held_on)), (extract(month from held_on))) where kind = 'REGULAR';
create index cell_meeting_unit_held on cell_meeting (unit_id, held_on);

-- Who attended: official members of the cell that day and members temporarily attached to it.
create table meeting_attendance (
    meeting_id       uuid    not null references cell_meeting (id),
    member_id        uuid    not null references member (id),
    attendance       text    not null check (attendance in ('PRESENT', 'ABSENT_WITH_REASON', 'ABSENT_WITHOUT_REASON')),
    committee_member boolean not null,
    attached         boolean not null,
    primary key (meeting_id, member_id)
);
create index meeting_attendance_member on meeting_attendance (member_id);
