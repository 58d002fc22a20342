-- People are not accounts: most members of a contingent never sign in. A
-- person record holds who someone is (names, rank, service number,
-- nationality, category, gender, languages) and may be linked to the sign-in
-- account they use; enrolments and qualifications belong to the person.
--
-- Until now a trainee or instructor was an account with an optional personnel
-- profile. Each account of a centre that was a trainee or an instructor, had a
-- profile, an enrolment or a qualification becomes a person linked to it. The
-- person keeps the account's id: ids come from one sequence that has already
-- passed it, so it cannot clash, and every enrolment and qualification keeps
-- pointing at the same number. The display name becomes the family name
-- (staff split it when they next edit the person); service number and
-- nationality stay empty until a roster or staff fill them in.
create table person (
    id                 bigint       not null primary key,
    version            bigint       not null,
    centre_id          bigint       not null references training_centre (id),
    account_id         bigint references account (id) on delete set null,
    family_name        varchar(100) not null,
    given_names        varchar(100),
    rank_title         varchar(60),
    rank_band          varchar(20),
    service_number     varchar(40),
    nationality        varchar(2),
    personnel_category varchar(12),
    gender             varchar(8),
    languages          varchar(60)  not null,
    date_of_birth      date,
    email              varchar(200),
    created_at         timestamp(6) with time zone not null,
    constraint uk_person_account unique (account_id),
    -- A service number is unique within its country's forces; a centre keeps one person per number.
    constraint uk_person_service_number unique (centre_id, nationality, service_number),
    constraint ck_person_category check (personnel_category is null
        or personnel_category in ('MILITARY', 'POLICE', 'CIVILIAN')),
    constraint ck_person_rank check (rank_band is null or rank_band in
        ('ENLISTED', 'NON_COMMISSIONED', 'JUNIOR_OFFICER', 'FIELD_OFFICER', 'SENIOR_OFFICER')),
    constraint ck_person_gender check (gender is null or gender in ('FEMALE', 'MALE')),
    constraint ck_person_service_number check ((service_number is null) = (nationality is null))
);
create index ix_person_centre_name on person (centre_id, family_name);

insert into person (id, version, centre_id, account_id, family_name, rank_band, personnel_category, languages,
                    email, created_at)
select a.id, 0, a.centre_id, a.id, a.display_name, p.rank_band, p.personnel_category, coalesce(p.languages, ''),
       a.email, a.created_at
from account a left join personnel_profile p on p.account_id = a.id
where a.centre_id is not null
  and (p.id is not null
    or exists (select 1 from account_role r where r.account_id = a.id and r.role in ('TRAINEE', 'INSTRUCTOR'))
    or exists (select 1 from enrolment e where e.trainee_id = a.id)
    or exists (select 1 from qualification q where q.holder_id = a.id));

drop table personnel_profile;

-- Enrolments: trainee_id (an account) becomes person_id, with the same values.
-- Dropping a column drops its index and foreign key with it.
alter table enrolment drop constraint ck_enrolment_active;
alter table enrolment drop constraint uk_enrolment_active;
alter table enrolment add column person_id bigint;
alter table enrolment add column active_person_id bigint;
update enrolment set person_id = trainee_id, active_person_id = active_trainee_id;
alter table enrolment drop column active_trainee_id;
alter table enrolment drop column trainee_id;
alter table enrolment alter column person_id set not null;
alter table enrolment add constraint fk_enrolment_person foreign key (person_id) references person (id);
alter table enrolment add constraint uk_enrolment_active unique (offering_id, active_person_id);
alter table enrolment add constraint ck_enrolment_active check (
    (status = 'CANCELLED' and active_person_id is null)
    or (status <> 'CANCELLED' and active_person_id = person_id));
create index ix_enrolment_person on enrolment (person_id);

-- Qualifications: holder_id (an account) now names a person, with the same values.
alter table qualification add column person_id bigint;
update qualification set person_id = holder_id;
alter table qualification drop column holder_id;
alter table qualification alter column person_id set not null;
alter table qualification add constraint fk_qualification_person foreign key (person_id) references person (id);
create index ix_qualification_person on qualification (person_id);
