-- The member feature's query interface for set-based reports of the other features (dues, grading, meetings,
-- badges): who stood in the official count of a subtree on a day, as a parameterised view. A LANGUAGE sql
-- function whose body is one SELECT is inlined by the planner into the calling query, so a report joins it per
-- month or per cell without a round trip per member, and never binds a parameter per member.
-- Callers bind the caller's scope on unit_path (ScopedData).

-- Official headcount of the units at or below under_path on on_day: the official cell there on that day,
-- probationary or full on that day (the newest status row effective on or before it). Temporarily attached
-- members count in their home cell.
create function official_members_on(under_path ltree, on_day date)
    returns table (member_id uuid, full_name text, status text, unit_id bigint, unit_code text, unit_path ltree)
    language sql stable
as $$
    select m.id, m.full_name, s.status, u.id, u.code, u.path
    from member_placement p
    join org_unit u on u.id = p.unit_id
    join member m on m.id = p.member_id
    cross join lateral (select h.status from member_status_history h
                        where h.member_id = p.member_id and h.effective_on <= on_day
                        order by h.effective_on desc, h.id desc limit 1) s
    where u.path <@ under_path and p.starts_on <= on_day and (p.ends_on is null or p.ends_on > on_day)
      and s.status in ('PROBATIONARY', 'FULL')
$$;

-- A member's name, current status and current official cell, for features that list members by id.
create view member_brief as
    select m.id, m.full_name, m.status, m.unit_id, m.first_admitted_on from member m;

-- Dues: the arrears report walks the placements of a subtree's cells over a year.
create index if not exists member_placement_member on member_placement (member_id, starts_on);
