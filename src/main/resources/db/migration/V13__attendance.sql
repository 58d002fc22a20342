-- Who came to a session: one mark per person and session, taken by the
-- session's instructors (or the centre's staff). No row means nobody has
-- marked the person yet. The unique key keeps two roll calls taken at once
-- from giving one person two marks.
create table attendance (
    id           bigint        not null primary key,
    version      bigint        not null,
    session_id   bigint        not null references course_session (id) on delete cascade,
    person_id    bigint        not null references person (id),
    mark         varchar(8)    not null,
    note         varchar(300),
    recorded_by  varchar(60)   not null,
    recorded_at  timestamp(6) with time zone not null,
    constraint uk_attendance_session_person unique (session_id, person_id),
    constraint ck_attendance_mark check (mark in ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED'))
);
-- A person's attendance over all sessions, for completion and their own page.
create index ix_attendance_person on attendance (person_id, session_id);
