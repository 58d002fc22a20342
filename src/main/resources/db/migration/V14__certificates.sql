-- A certificate for each completed enrolment. Its code, printed on it and in
-- its QR code, is what anyone checks on the public verification page: 128
-- random bits, so that codes cannot be guessed. A revoked certificate stays,
-- with who revoked it, when and why, so that the page can say it is revoked.
create table certificate (
    id              bigint        not null primary key,
    version         bigint        not null,
    enrolment_id    bigint        not null references enrolment (id),
    person_id       bigint        not null references person (id),
    centre_id       bigint        not null references training_centre (id),
    code            varchar(40)   not null,
    issued_on       date          not null,
    revoked_at      timestamp(6) with time zone,
    revoked_by      varchar(60),
    revoked_reason  varchar(300),
    constraint uk_certificate_code unique (code),
    constraint uk_certificate_enrolment unique (enrolment_id)
);
create index ix_certificate_person on certificate (person_id);
