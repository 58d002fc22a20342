-- An installation at schema version 9: a centre with an administrator, a staff
-- member, two trainees (one with a personnel profile, one without), an
-- instructor holding a qualification, a withdrawn and a live enrolment.
insert into training_centre (id, version, name, country_code, city, time_zone, regional_association)
values (1000, 0, 'Migration Centre', 'GH', 'Accra', 'Africa/Accra', 'AAPTC');

insert into account (id, version, username, display_name, email, password_hash, centre_id, enabled, preferred_language, created_at)
values (1001, 0, 'admin', 'Administrator', null, 'x', null, true, 'en', timestamp '2026-01-05 08:00:00+00:00'),
       (1002, 0, 'staff', 'Ama Mensah', null, 'x', 1000, true, 'en', timestamp '2026-01-05 08:00:00+00:00'),
       (1003, 0, 'kofi', 'Kofi Boateng', 'kofi@example.org', 'x', 1000, true, 'fr', timestamp '2026-01-06 08:00:00+00:00'),
       (1004, 0, 'efua', 'Efua Owusu', null, 'x', 1000, true, 'en', timestamp '2026-01-07 08:00:00+00:00'),
       (1005, 0, 'yaw', 'Yaw Asante', null, 'x', 1000, true, 'en', timestamp '2026-01-08 08:00:00+00:00');
insert into account_role (account_id, role)
values (1001, 'ADMIN'), (1002, 'CENTRE_STAFF'), (1003, 'TRAINEE'), (1004, 'TRAINEE'), (1005, 'INSTRUCTOR');

insert into personnel_profile (id, version, account_id, personnel_category, rank_band, languages)
values (1010, 0, 1003, 'MILITARY', 'JUNIOR_OFFICER', 'en,fr');

insert into curriculum (id, version, centre_id, title, languages)
values (1020, 0, 1000, 'Core Pre-deployment Training', 'en');
insert into curriculum_version (id, version, curriculum_id, number, status)
values (1021, 0, 1020, 1, 'PUBLISHED');
insert into course (id, version, centre_id, curriculum_version_id, code, title, course_type, default_days, languages,
                    min_seats, max_seats)
values (1022, 0, 1000, 1021, 'CPTM', 'Core pre-deployment', 'INDIVIDUAL_PREDEPLOYMENT', 5, 'en', 1, 30);
insert into offering (id, version, centre_id, course_id, starts_on, ends_on, status, language, seats, enrolled)
values (1023, 0, 1000, 1022, date '2026-03-02', date '2026-03-06', 'OPEN', 'en', 20, 1);

insert into enrolment (id, version, offering_id, trainee_id, active_trainee_id, status, enrolled_at)
values (1030, 1, 1023, 1004, null, 'CANCELLED', timestamp '2026-02-01 09:00:00+00:00'),
       (1031, 0, 1023, 1004, 1004, 'ENROLLED', timestamp '2026-02-02 09:00:00+00:00'),
       (1032, 0, 1023, 1003, 1003, 'ENROLLED', timestamp '2026-02-03 09:00:00+00:00');

insert into qualification (id, version, holder_id, centre_id, kind, course_id, issued_on, expires_on, source)
values (1040, 0, 1005, 1000, 'MASTER_TRAINER', 1022, date '2025-06-01', date '2028-06-01', 'RECORDED');
