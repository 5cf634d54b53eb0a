-- Records entered from paper files (hồ sơ giấy): a full member whose file does not give the confirmation date
-- is kept as FULL with the date unknown, and counted as official from the admission date (the earliest date known).
alter table member add column from_paper boolean not null default false;
alter table member add column confirmation_date_unknown boolean not null default false;
alter table member add check (not confirmation_date_unknown or (from_paper and confirmed_on is null));
