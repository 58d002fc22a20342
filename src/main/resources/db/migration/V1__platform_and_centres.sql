-- Cadre's first schema: training centres and their rooms, missions, accounts
-- and the audit log. Portable SQL: runs unchanged on H2 (embedded) and PostgreSQL.

create sequence cadre_id_seq start with 1000 increment by 50;

create table training_centre (
    id                   bigint       not null primary key,
    version              bigint       not null,
    name                 varchar(160) not null,
    country_code         varchar(2)   not null,
    city                 varchar(120) not null,
    time_zone            varchar(60)  not null,
    regional_association varchar(16)  not null,
    constraint uk_training_centre_name unique (name),
    constraint ck_training_centre_association
        check (regional_association in ('AAPTC', 'ALCOPAZ', 'APSTA', 'EAPTC', 'NONE'))
);

create table room (
    id        bigint       not null primary key,
    version   bigint       not null,
    centre_id bigint       not null references training_centre (id),
    name      varchar(120) not null,
    building  varchar(120),
    capacity  integer      not null,
    constraint uk_room_centre_name unique (centre_id, name),
    constraint ck_room_capacity check (capacity between 1 and 2000)
);
create index ix_room_centre on room (centre_id);

create table mission (
    id                bigint       not null primary key,
    version           bigint       not null,
    code              varchar(20)  not null,
    name              varchar(200) not null,
    lead_organisation varchar(16)  not null,
    status            varchar(16)  not null,
    started_on        date,
    ended_on          date,
    dates_unconfirmed boolean      not null,
    constraint uk_mission_code unique (code),
    constraint ck_mission_status check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    constraint ck_mission_dates check (ended_on is null or started_on is null or ended_on >= started_on)
);

create table account (
    id                 bigint       not null primary key,
    version            bigint       not null,
    username           varchar(60)  not null,
    display_name       varchar(120) not null,
    email              varchar(200),
    password_hash      varchar(400) not null,
    centre_id          bigint references training_centre (id),
    enabled            boolean      not null,
    preferred_language varchar(8)   not null,
    created_at         timestamp(6) with time zone not null,
    constraint uk_account_username unique (username)
);
create index ix_account_centre on account (centre_id);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint ck_account_role check (role in ('ADMIN', 'CENTRE_STAFF', 'INSTRUCTOR', 'TRAINEE', 'ASSESSOR'))
);

create table audit_entry (
    id          bigint       not null primary key,
    version     bigint       not null,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(60)  not null,
    centre_id   bigint,
    action      varchar(40)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(60),
    outcome     varchar(12)  not null,
    detail      varchar(1000),
    constraint ck_audit_outcome check (outcome in ('DONE', 'DENIED'))
);
create index ix_audit_occurred on audit_entry (occurred_at);
create index ix_audit_centre on audit_entry (centre_id, occurred_at);
