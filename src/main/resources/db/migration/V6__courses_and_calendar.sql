-- Courses (templates built on a published curriculum version), their
-- prerequisites, instructors' qualifications, offerings with their timetable
-- of sessions, enrolments, in-app notices and the secret calendar feed links.

-- What Cadre knows of a person for prerequisites: category, rank band, languages.
create table personnel_profile (
    id                 bigint      not null primary key,
    version            bigint      not null,
    account_id         bigint      not null references account (id) on delete cascade,
    personnel_category varchar(12) not null,
    rank_band          varchar(20),
    languages          varchar(60) not null,
    constraint uk_personnel_profile_account unique (account_id),
    constraint ck_personnel_profile_category check (personnel_category in ('MILITARY', 'POLICE', 'CIVILIAN')),
    constraint ck_personnel_profile_rank check (rank_band is null or rank_band in
        ('ENLISTED', 'NON_COMMISSIONED', 'JUNIOR_OFFICER', 'FIELD_OFFICER', 'SENIOR_OFFICER'))
);

create table course (
    id                          bigint       not null primary key,
    version                     bigint       not null,
    centre_id                   bigint       not null references training_centre (id),
    curriculum_version_id       bigint       not null references curriculum_version (id),
    framework_edition_id        bigint references framework_edition (id),
    qualifies_for_course_id     bigint references course (id),
    code                        varchar(40)  not null,
    title                       varchar(200) not null,
    course_type                 varchar(24)  not null,
    default_days                integer      not null,
    languages                   varchar(60)  not null,
    min_seats                   integer      not null,
    max_seats                   integer      not null,
    qualification_months        integer,
    description                 varchar(2000),
    constraint uk_course_code unique (centre_id, code),
    constraint ck_course_type check (course_type in ('INDIVIDUAL_PREDEPLOYMENT', 'UNIT_PREDEPLOYMENT',
        'STAFF_OFFICER', 'MILITARY_OBSERVER', 'POLICE', 'SPECIALIZED', 'COMMANDER', 'SENIOR_MISSION_LEADERS',
        'MASTER_TRAINER')),
    constraint ck_course_days check (default_days between 1 and 365),
    constraint ck_course_seats check (min_seats >= 1 and max_seats >= min_seats and max_seats <= 2000),
    constraint ck_course_qualification_months check (qualification_months is null or qualification_months between 1 and 240)
);
create index ix_course_centre on course (centre_id);

create table course_prerequisite (
    id                   bigint      not null primary key,
    version              bigint      not null,
    course_id            bigint      not null references course (id) on delete cascade,
    kind                 varchar(24) not null,
    required_course_id   bigint references course (id),
    qualification_kind   varchar(24),
    framework_edition_id bigint references framework_edition (id),
    personnel_category   varchar(12),
    rank_band            varchar(20),
    language             varchar(8),
    position             integer     not null,
    constraint ck_course_prerequisite_kind check (kind in
        ('COURSE_COMPLETED', 'QUALIFICATION', 'PERSONNEL_CATEGORY', 'MINIMUM_RANK', 'LANGUAGE'))
);
create index ix_course_prerequisite_course on course_prerequisite (course_id);

create table qualification (
    id                   bigint       not null primary key,
    version              bigint       not null,
    holder_id            bigint       not null references account (id) on delete cascade,
    centre_id            bigint       not null references training_centre (id),
    kind                 varchar(24)  not null,
    framework_edition_id bigint references framework_edition (id),
    course_id            bigint references course (id),
    issued_on            date         not null,
    expires_on           date,
    source               varchar(16)  not null,
    evidence             varchar(500),
    offering_id          bigint,
    constraint ck_qualification_kind check (kind in ('MASTER_TRAINER', 'COMMANDER_GRADUATE')),
    constraint ck_qualification_source check (source in ('COMPLETION', 'RECORDED')),
    -- A qualification is for an edition or for a course, never neither.
    constraint ck_qualification_target check (framework_edition_id is not null or course_id is not null),
    constraint ck_qualification_dates check (expires_on is null or expires_on >= issued_on)
);
create index ix_qualification_holder on qualification (holder_id);
create index ix_qualification_centre_expiry on qualification (centre_id, expires_on);

create table offering (
    id                bigint       not null primary key,
    version           bigint       not null,
    centre_id         bigint       not null references training_centre (id),
    course_id         bigint       not null references course (id),
    starts_on         date         not null,
    ends_on           date         not null,
    status            varchar(12)  not null,
    language          varchar(8)   not null,
    seats             integer      not null,
    -- Kept beside the enrolments so that a conditional update guards the seats.
    enrolled          integer      not null,
    note              varchar(1000),
    constraint ck_offering_status check (status in ('PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')),
    constraint ck_offering_dates check (ends_on >= starts_on),
    constraint ck_offering_seats check (seats between 1 and 2000 and enrolled between 0 and seats)
);
create index ix_offering_centre_dates on offering (centre_id, starts_on);
create index ix_offering_course on offering (course_id);

create table course_session (
    id                 bigint       not null primary key,
    version            bigint       not null,
    offering_id        bigint       not null references offering (id) on delete cascade,
    centre_id          bigint       not null references training_centre (id),
    lesson_id          bigint references curriculum_node (id),
    title              varchar(200) not null,
    starts_at          timestamp(6) with time zone not null,
    ends_at            timestamp(6) with time zone not null,
    room_id            bigint references room (id),
    status             varchar(12)  not null,
    -- The iCalendar UID and SEQUENCE: the UID never changes, the sequence
    -- grows with every change a calendar client must notice.
    uid                varchar(80)  not null,
    sequence           integer      not null,
    modified_at        timestamp(6) with time zone not null,
    constraint uk_course_session_uid unique (uid),
    constraint ck_course_session_status check (status in ('SCHEDULED', 'CANCELLED')),
    constraint ck_course_session_times check (ends_at > starts_at)
);
create index ix_course_session_centre_time on course_session (centre_id, starts_at);
create index ix_course_session_room_time on course_session (room_id, starts_at);
create index ix_course_session_offering on course_session (offering_id, starts_at);

create table session_instructor (
    session_id    bigint  not null references course_session (id) on delete cascade,
    instructor_id bigint  not null references account (id),
    lead          boolean not null,
    primary key (session_id, instructor_id)
);
create index ix_session_instructor_instructor on session_instructor (instructor_id);

create table enrolment (
    id           bigint      not null primary key,
    version      bigint      not null,
    offering_id  bigint      not null references offering (id) on delete cascade,
    trainee_id   bigint      not null references account (id) on delete cascade,
    status       varchar(16) not null,
    enrolled_at  timestamp(6) with time zone not null,
    completed_on date,
    constraint uk_enrolment unique (offering_id, trainee_id),
    constraint ck_enrolment_status check (status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED', 'CANCELLED'))
);
create index ix_enrolment_trainee on enrolment (trainee_id);

create table notice (
    id           bigint        not null primary key,
    version      bigint        not null,
    recipient_id bigint        not null references account (id) on delete cascade,
    created_at   timestamp(6) with time zone not null,
    message_key  varchar(80)   not null,
    arguments    varchar(1000),
    read_at      timestamp(6) with time zone
);
create index ix_notice_recipient on notice (recipient_id, created_at);

create table calendar_feed (
    id         bigint      not null primary key,
    version    bigint      not null,
    token      varchar(64) not null,
    owner_id   bigint      not null references account (id) on delete cascade,
    centre_id  bigint      not null references training_centre (id),
    scope      varchar(12) not null,
    target_id  bigint      not null,
    created_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone,
    constraint uk_calendar_feed_token unique (token),
    constraint ck_calendar_feed_scope check (scope in ('CENTRE', 'ROOM', 'INSTRUCTOR', 'TRAINEE'))
);
create index ix_calendar_feed_owner on calendar_feed (owner_id);
