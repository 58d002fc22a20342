-- Creates Cadre's database user and database on a PostgreSQL server.
-- Run as the postgres superuser, after replacing 'change-me':
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -f postgresql-setup.sql
-- Cadre creates and migrates its tables itself (Flyway) at start-up.

CREATE ROLE cadre WITH LOGIN PASSWORD 'change-me';
CREATE DATABASE cadre OWNER cadre ENCODING 'UTF8' TEMPLATE template0;
