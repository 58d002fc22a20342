-- A roster file imported into a cohort, run in the background: what it
-- found (every problem of a refused file, the warnings of an accepted one)
-- stays here for the screen and the API to show and to download, after the
-- job that ran it has finished.
create table roster_import (
    id            bigint        not null primary key,
    version       bigint        not null,
    cohort_id     bigint        not null references cohort (id) on delete cascade,
    job_id        bigint        not null references background_job (id),
    file_name     varchar(200)  not null,
    status        varchar(12)   not null,
    rows_read     integer       not null,
    people_added  integer       not null,
    people_linked integer       not null,
    problems      varchar(1000000),
    warnings      varchar(1000000),
    started_by    varchar(60)   not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    constraint ck_roster_import_status check (status in ('RUNNING', 'IMPORTED', 'REFUSED', 'FAILED'))
);
create index ix_roster_import_cohort on roster_import (cohort_id, started_at);
