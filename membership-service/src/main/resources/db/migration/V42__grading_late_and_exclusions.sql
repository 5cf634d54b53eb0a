-- A grade entered after its round closed, for a member left ungraded at the close (124-QĐ/TW art. 5.2 still
-- applies to it): final at once, and marked as late so that reports and inspectors can tell it apart.
alter table grading add column late boolean not null default false;
