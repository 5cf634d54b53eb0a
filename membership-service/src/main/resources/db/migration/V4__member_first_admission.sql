-- Party age counts from the first admission decision, which a readmission must not overwrite.
alter table member add column first_admitted_on date;
update member set first_admitted_on = admitted_on;
create index member_placement_dates on member_placement (unit_id, starts_on, ends_on);
