-- The civil-service positions the HR system lists for a person (quá trình công tác: title, agency, from/to, grade).
-- They belong to the profile and are replaced as a whole on each sync or import of that person, so a person's rows
-- are always exactly the HR system's latest list: no duplicates, nothing left over from an older record.
create table hr_position (
    id            uuid    primary key,
    profile_id    uuid    not null references cadre_profile (id) on delete cascade,
    ordinal       integer not null,
    title         text    not null,
    organisation  text    not null,
    from_on       date    not null,
    to_on         date,
    salary_grade  text,
    unique (profile_id, ordinal),
    check (to_on is null or to_on >= from_on)
);
