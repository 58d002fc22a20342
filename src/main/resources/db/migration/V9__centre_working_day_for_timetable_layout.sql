-- The working day a centre teaches (hours and breaks, local time), used when a
-- timetable is laid out from a curriculum. Existing centres get the common
-- day: 08:00 to 17:00 with a tea break and a lunch break; staff change it.
alter table training_centre add column day_starts time default '08:00:00' not null;
alter table training_centre add column day_ends time default '17:00:00' not null;
alter table training_centre add column day_breaks varchar(200) default '10:30-10:45, 12:30-13:30' not null;
alter table training_centre add constraint ck_training_centre_day check (day_ends > day_starts);
