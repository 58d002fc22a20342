-- Refused sign-ins counted per username and source address within a window
-- (sign-in throttling), instead of counting audit rows: the audit trail then
-- keeps one row per window and source rather than one per refused attempt.
-- A username of '*' counts a source's refusals across all usernames.
create table sign_in_failure (
    username varchar(100) not null,
    source varchar(64) not null,
    window_start timestamp(6) with time zone not null,
    last_failure timestamp(6) with time zone not null,
    failures integer not null,
    constraint pk_sign_in_failure primary key (username, source),
    constraint ck_sign_in_failures check (failures > 0)
);
create index ix_sign_in_failure_username on sign_in_failure (username);
