-- Transfers to and from other provinces: one side of such a transfer is a name on a letter, not a unit here.
alter table member drop constraint member_exit_kind_check;
alter table member add constraint member_exit_kind_check
    check (exit_kind in ('STRUCK_OFF', 'RELEASED', 'EXPELLED', 'DECEASED', 'TRANSFERRED_OUT'));

alter table transfer alter column from_unit_id drop not null;
alter table transfer alter column to_unit_id drop not null;
alter table transfer add column origin text;
alter table transfer add column destination text;
alter table transfer add constraint transfer_sides check (
    (from_unit_id is null) = (origin is not null)
    and (to_unit_id is null) = (destination is not null)
    and (from_unit_id is not null or to_unit_id is not null));
