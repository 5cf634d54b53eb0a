-- Each unit's parent from a date, kept from membership's founding and move events, so that inspection events carry a
-- unit's path as it stood on their effective date (the tree replica keeps only the current path). A unit known before
-- this table existed gets its current parent from its founding: its earlier moves were not recorded here.
create table unit_parent_history (
    code        text not null,
    parent_code text,
    valid_from  date not null,
    primary key (code, valid_from)
);

insert into unit_parent_history (code, parent_code, valid_from)
select code, parent_code, founded_on from org_unit_replica
on conflict do nothing;
