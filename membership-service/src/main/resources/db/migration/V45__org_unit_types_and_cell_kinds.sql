-- Communes, wards and towns told apart (COMMUNE, WARD, TOWN). COMMUNE_WARD stays for the units recorded before;
-- the service refuses it for new units. Cells get their kind (loại hình chi bộ), which only a cell has.
alter table org_unit drop constraint org_unit_organisation_type_check;
alter table org_unit add constraint org_unit_organisation_type_check check (organisation_type in (
    'COMMUNE', 'WARD', 'TOWN', 'COMMUNE_WARD', 'STATE_AGENCY', 'PUBLIC_SERVICE_UNIT', 'STATE_ENTERPRISE',
    'PRIVATE_ENTERPRISE', 'COOPERATIVE', 'ARMY', 'POLICE', 'SCHOOL', 'HEALTH'));

alter table org_unit add column cell_kind text
    constraint org_unit_cell_kind_check check (cell_kind in (
        'RESIDENTIAL', 'AGENCY', 'ENTERPRISE', 'MILITARY', 'POLICE', 'SCHOOL', 'HEALTH', 'CREDIT_FUND', 'OTHER')),
    add constraint org_unit_cell_kind_only_cells check (cell_kind is null or kind = 'CELL');
alter table org_unit_version add column cell_kind text;

-- A unit's own admission target and the one the committee above sets for it, kept side by side. Targets set
-- before were set by the committee above (a committee could not set its own), so they are SUPERIOR.
alter table admission_target add column setter text not null default 'SUPERIOR'
    constraint admission_target_setter_check check (setter in ('OWN', 'SUPERIOR'));
alter table admission_target alter column setter drop default;
alter table admission_target drop constraint admission_target_unit_id_period_key;
alter table admission_target add constraint admission_target_unit_period_setter_key unique (unit_id, period, setter);
