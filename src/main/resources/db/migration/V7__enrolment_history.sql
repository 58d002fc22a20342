-- A trainee withdrawn from an offering may be enrolled on it again. Each
-- enrolment stays its own row, so the withdrawn one remains as history; only
-- one enrolment per trainee and offering may hold a place at a time.
--
-- active_trainee_id repeats trainee_id while the enrolment holds a place and is
-- empty once it is cancelled: a unique key on it counts only the live ones
-- (both H2 and PostgreSQL let a unique key hold many empty values), and works
-- the same on both, where a partial index would not.
alter table enrolment add column active_trainee_id bigint;
update enrolment set active_trainee_id = trainee_id where status <> 'CANCELLED';
alter table enrolment drop constraint uk_enrolment;
alter table enrolment add constraint uk_enrolment_active unique (offering_id, active_trainee_id);
alter table enrolment add constraint ck_enrolment_active check (
    (status = 'CANCELLED' and active_trainee_id is null)
    or (status <> 'CANCELLED' and active_trainee_id = trainee_id));
