package io.thoisu.store;

import org.flywaydb.core.Flyway;

/** Brings the SQLite schema to the latest version with Flyway (scripts in {@code db/migration} on the classpath). */
final class SchemaMigrations {
    private SchemaMigrations() {
    }

    static void migrate(String jdbcUrl) {
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
