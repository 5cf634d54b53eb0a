-- Training programmes (đào tạo, bồi dưỡng), enrolments and completions.
create table training_programme (
    id          uuid        primary key,
    unit_code   text        not null,
    kind        text        not null,
    name        text        not null,
    year        integer     not null,
    starts_on   date        not null,
    ends_on     date        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    check (ends_on >= starts_on)
);
create index training_programme_unit on training_programme (unit_code, year);

create table enrolment (
    id            uuid        primary key,
    programme_id  uuid        not null references training_programme (id),
    unit_code     text        not null,
    kind          text        not null,
    cadre_id      uuid        not null references cadre_profile (id),
    enrolled_on   date        not null,
    completed_on  date,
    certificate   text,
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    created_by    text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    unique (programme_id, cadre_id)
);
create index enrolment_cadre on enrolment (cadre_id) where completed_on is not null;
