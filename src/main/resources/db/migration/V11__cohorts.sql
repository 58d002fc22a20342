-- Cohorts: a contributing country's contingent (or one rotation of it)
-- preparing together at a centre for a mission and a deployment date, with
-- its roster of people and the training plan every member must complete.
create table cohort (
    id               bigint       not null primary key,
    version          bigint       not null,
    centre_id        bigint       not null references training_centre (id),
    country          varchar(2)   not null,
    contingent_name  varchar(160) not null,
    contingent_type  varchar(24)  not null,
    mission_id       bigint       not null references mission (id),
    rotation         integer      not null,
    deploys_on       date         not null,
    working_language varchar(8)   not null,
    coordinator      varchar(200),
    created_at       timestamp(6) with time zone not null,
    constraint uk_cohort unique (centre_id, country, contingent_name, rotation),
    constraint ck_cohort_rotation check (rotation between 1 and 999),
    constraint ck_cohort_type check (contingent_type in ('INFANTRY_BATTALION', 'FORMED_POLICE_UNIT',
        'STAFF_OFFICERS', 'MILITARY_OBSERVERS', 'INDIVIDUAL_POLICE', 'ENGINEERS', 'MEDICAL', 'SIGNALS',
        'AVIATION', 'LOGISTICS', 'OTHER'))
);
create index ix_cohort_centre_deploys on cohort (centre_id, deploys_on);

-- A person on a cohort's roster, with their role in it; a person may appear
-- in several cohorts over the years (one per rotation), never twice in one.
create table cohort_member (
    id        bigint      not null primary key,
    version   bigint      not null,
    cohort_id bigint      not null references cohort (id) on delete cascade,
    person_id bigint      not null references person (id),
    role      varchar(16) not null,
    added_at  timestamp(6) with time zone not null,
    constraint uk_cohort_member unique (cohort_id, person_id),
    constraint ck_cohort_member_role check (role in ('COMMANDER', 'STAFF_OFFICER', 'MASTER_TRAINER', 'MEMBER'))
);
create index ix_cohort_member_person on cohort_member (person_id);
-- A roster page reads 20 members in roster order (the order they joined, a roster file's order), with or
-- without one role: from these indexes, without sorting a battalion's rows.
create index ix_cohort_member_cohort_order on cohort_member (cohort_id, id);
create index ix_cohort_member_cohort_role on cohort_member (cohort_id, role, id);

-- The training plan: courses everyone in the cohort must complete (no role),
-- and extra courses for one role.
create table cohort_plan_course (
    id        bigint      not null primary key,
    version   bigint      not null,
    cohort_id bigint      not null references cohort (id) on delete cascade,
    course_id bigint      not null references course (id),
    role      varchar(16),
    constraint uk_cohort_plan_course unique (cohort_id, course_id, role),
    constraint ck_cohort_plan_role check (role is null or role in ('COMMANDER', 'STAFF_OFFICER', 'MASTER_TRAINER', 'MEMBER'))
);

-- Waitlists and seat quotas. A waitlisted enrolment holds no seat but keeps
-- its place in the queue (waitlist_rank, lowest first) and, like a live one,
-- stops the same person from being put on the offering twice.
alter table enrolment drop constraint ck_enrolment_status;
alter table enrolment add constraint ck_enrolment_status
    check (status in ('WAITLISTED', 'ENROLLED', 'COMPLETED', 'NOT_COMPLETED', 'CANCELLED'));
alter table enrolment add column waitlist_rank bigint;
alter table enrolment add constraint ck_enrolment_waitlist check ((status = 'WAITLISTED') = (waitlist_rank is not null));
create index ix_enrolment_offering_status on enrolment (offering_id, status, waitlist_rank);

-- Seats an offering keeps for the people of one contributing country; taken
-- counts them and can never pass seats (the update that takes one checks it).
create table offering_quota (
    id          bigint     not null primary key,
    version     bigint     not null,
    offering_id bigint     not null references offering (id) on delete cascade,
    country     varchar(2) not null,
    seats       integer    not null,
    taken       integer    not null,
    constraint uk_offering_quota unique (offering_id, country),
    constraint ck_offering_quota_seats check (seats between 1 and 10000 and taken between 0 and seats)
);

-- A whole contingent may take one offering (an e-learning run of the core
-- pre-deployment course for a battalion): offerings and courses may hold up
-- to 10,000 seats.
alter table course drop constraint ck_course_seats;
alter table course add constraint ck_course_seats check (min_seats >= 1 and max_seats >= min_seats and max_seats <= 10000);
alter table offering drop constraint ck_offering_seats;
alter table offering add constraint ck_offering_seats check (seats between 1 and 10000 and enrolled between 0 and seats);
