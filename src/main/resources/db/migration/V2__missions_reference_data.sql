-- Peace operations as reference data. Status and dates change: administrators
-- edit them in Cadre. Years of the active UN operations and MINUSMA's closure
-- come from the UN's public list; the exact days are from the establishing
-- Security Council resolutions and AU decisions and are flagged for checking
-- (dates_unconfirmed) until an administrator confirms them.
insert into mission (id, version, code, name, lead_organisation, status, started_on, ended_on, dates_unconfirmed) values
 (1, 0, 'UNTSO',    'United Nations Truce Supervision Organization', 'UN', 'ACTIVE', date '1948-05-29', null, true),
 (2, 0, 'UNMOGIP',  'United Nations Military Observer Group in India and Pakistan', 'UN', 'ACTIVE', date '1949-01-24', null, true),
 (3, 0, 'UNFICYP',  'United Nations Peacekeeping Force in Cyprus', 'UN', 'ACTIVE', date '1964-03-04', null, true),
 (4, 0, 'UNDOF',    'United Nations Disengagement Observer Force', 'UN', 'ACTIVE', date '1974-05-31', null, true),
 (5, 0, 'UNIFIL',   'United Nations Interim Force in Lebanon', 'UN', 'ACTIVE', date '1978-03-19', date '2026-12-31', true),
 (6, 0, 'MINURSO',  'United Nations Mission for the Referendum in Western Sahara', 'UN', 'ACTIVE', date '1991-04-29', null, true),
 (7, 0, 'UNMIK',    'United Nations Interim Administration Mission in Kosovo', 'UN', 'ACTIVE', date '1999-06-10', null, true),
 (8, 0, 'MONUSCO',  'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'UN', 'ACTIVE', date '2010-07-01', null, true),
 (9, 0, 'UNISFA',   'United Nations Interim Security Force for Abyei', 'UN', 'ACTIVE', date '2011-06-27', null, true),
 (10, 0, 'UNMISS',  'United Nations Mission in the Republic of South Sudan', 'UN', 'ACTIVE', date '2011-07-09', null, true),
 (11, 0, 'MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'UN', 'ACTIVE', date '2014-04-10', null, true),
 (12, 0, 'MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'UN', 'CLOSED', date '2013-04-25', date '2023-12-31', true),
 (13, 0, 'UNAMID',  'African Union – United Nations Hybrid Operation in Darfur', 'UN_AU', 'CLOSED', date '2007-07-31', date '2020-12-31', true),
 (14, 0, 'MINUSTAH','United Nations Stabilization Mission in Haiti', 'UN', 'CLOSED', date '2004-06-01', date '2017-10-15', true),
 (15, 0, 'UNMIL',   'United Nations Mission in Liberia', 'UN', 'CLOSED', date '2003-09-19', date '2018-03-30', true),
 (16, 0, 'UNOCI',   'United Nations Operation in Côte d''Ivoire', 'UN', 'CLOSED', date '2004-04-04', date '2017-06-30', true),
 (17, 0, 'AMISOM',  'African Union Mission in Somalia', 'AU', 'CLOSED', date '2007-01-19', date '2022-03-31', true),
 (18, 0, 'ATMIS',   'African Union Transition Mission in Somalia', 'AU', 'CLOSED', date '2022-04-01', date '2024-12-31', true),
 (19, 0, 'FIB',     'Force Intervention Brigade (MONUSCO)', 'UN', 'ACTIVE', date '2013-03-28', null, true),
 (20, 0, 'INTERFET','International Force East Timor', 'COALITION', 'CLOSED', date '1999-09-15', date '2000-02-28', true),
 (21, 0, 'SANGARIS','Opération Sangaris (Central African Republic)', 'COALITION', 'CLOSED', date '2013-12-05', date '2016-10-31', true);
