-- Freshness names the event as well as its time: the id of the newest event projected per topic.
alter table report_progress add column newest_event_id uuid;
