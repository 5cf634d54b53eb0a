-- Activity figures kept as the events arrive (issue 12: figures keyed by unit and period), so that a question
-- rolls a small table up the dated tree instead of probing the facts per cell and month.

-- Meetings held per cell and month of the day held: what "a cell missed a month's regular meeting" or "a
-- quarter's thematic one" needs. A corrected meeting (the same meeting id again) moves its count.
create table report_meeting_month (
    unit_code text    not null,
    month     date    not null,   -- the first day of the month
    regular   integer not null,
    thematic  integer not null,
    primary key (unit_code, month)
);

-- Dues collected per collecting unit and month paid for (a payment rolls up the tree of that month's last day).
create table report_dues_unit_month (
    unit_code text   not null,
    month     date   not null,    -- the first day of the month paid for
    collected bigint not null,
    payments  integer not null,
    primary key (unit_code, month)
);

-- Filled from the facts already projected, so that an upgraded service answers the same without a rebuild.
insert into report_meeting_month (unit_code, month, regular, thematic)
select unit_code, cast(date_trunc('month', held_on) as date),
       count(*) filter (where kind = 'REGULAR'), count(*) filter (where kind = 'THEMATIC')
from report_meeting group by 1, 2;

insert into report_dues_unit_month (unit_code, month, collected, payments)
select unit_code, month, sum(amount), count(*) from report_dues group by 1, 2;
