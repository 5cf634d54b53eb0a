-- "Status on a date" (the newest history row on or before it) is read per member by headcounts, meetings,
-- dues and grading: an index in that order, carrying the status, answers it without touching the table.
create index member_status_history_latest
    on member_status_history (member_id, effective_on desc, id desc) include (status);
