package org.peaceops.cadre.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An installation that held accounts, profiles, qualifications and enrolments
 * before people were kept apart from accounts keeps all of them, linked to the
 * right person. Runs on an in-memory H2 database, and also on PostgreSQL (in a
 * schema of its own, emptied first) when {@code CADRE_DB_URL} names one, as in
 * the CI build.
 */
class PersonMigrationTest {

    private static final String SCHEMA = "migration_check";

    static Stream<Arguments> databases() {
        List<Arguments> databases = new ArrayList<>();
        databases.add(Arguments.of("jdbc:h2:mem:migration;DB_CLOSE_DELAY=-1", "sa", ""));
        String url = System.getenv("CADRE_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            databases.add(Arguments.of(url, env("CADRE_DB_USER", "cadre"), env("CADRE_DB_PASSWORD", "cadre")));
        }
        return databases.stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyAccountInTrainingBecomesAPersonWithItsEnrolmentsAndQualifications(String url, String user, String password)
            throws Exception {
        Flyway atNine = flyway(url, user, password, "9");
        atNine.clean();
        atNine.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            run(db, "/migration/v9-people.sql");
        }

        flyway(url, user, password, "latest").migrate();

        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setSchema(schemaName(db));
            assertEquals(List.of(
                            "1003|1003|Kofi Boateng|MILITARY|JUNIOR_OFFICER|en,fr|kofi@example.org",
                            "1004|1004|Efua Owusu|null|null||null",
                            "1005|1005|Yaw Asante|null|null||null"),
                    rows(db, """
                            select id, account_id, family_name, personnel_category, rank_band, languages, email
                            from person order by id"""),
                    "trainees and the instructor become people; the administrator and staff do not");
            assertEquals(List.of("1030|1004|CANCELLED|null", "1031|1004|ENROLLED|1004", "1032|1003|ENROLLED|1003"),
                    rows(db, "select id, person_id, status, active_person_id from enrolment order by id"));
            assertEquals(List.of("1040|1005|MASTER_TRAINER"), rows(db, "select id, person_id, kind from qualification"));

            // The rules the enrolment table kept still hold under the new column names.
            assertThrows(SQLException.class, () -> update(db, """
                    insert into enrolment (id, version, offering_id, person_id, active_person_id, status, enrolled_at)
                    values (1033, 0, 1023, 1004, 1004, 'ENROLLED', timestamp '2026-02-04 09:00:00+00:00')"""),
                    "a second live enrolment of the same person");
            assertThrows(SQLException.class, () -> update(db, """
                    insert into enrolment (id, version, offering_id, person_id, active_person_id, status, enrolled_at)
                    values (1034, 0, 1023, 999999, 999999, 'ENROLLED', timestamp '2026-02-04 09:00:00+00:00')"""),
                    "an enrolment of no person");
            update(db, "delete from account where id = 1003");
            assertEquals(List.of("1003|null"), rows(db, "select id, account_id from person where id = 1003"),
                    "closing the account keeps the person and their history");
            assertFalse(rows(db, "select id from enrolment where person_id = 1003").isEmpty());
        }
    }

    private static Flyway flyway(String url, String user, String password, String target) {
        return Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).createSchemas(true)
                .cleanDisabled(false).locations("classpath:db/migration").target(target).load();
    }

    private static String schemaName(Connection db) throws SQLException {
        try (ResultSet schemas = db.getMetaData().getSchemas()) {
            while (schemas.next()) {
                String name = schemas.getString("TABLE_SCHEM");
                if (name.equalsIgnoreCase(SCHEMA)) {
                    return name;
                }
            }
        }
        return SCHEMA;
    }

    private static void run(Connection db, String resource) throws IOException, SQLException {
        db.setSchema(schemaName(db));
        String script;
        try (InputStream in = PersonMigrationTest.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.endsWith(";")) {
                update(db, statement.substring(0, statement.lastIndexOf(";")));
                statement.setLength(0);
            }
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
