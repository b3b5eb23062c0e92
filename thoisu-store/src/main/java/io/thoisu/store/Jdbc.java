package io.thoisu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC moves the store's table classes make over their one shared connection: a transaction, an update, a
 * query mapped row by row. Callers hold the store's lock; this class adds none. {@code what} names the caller in
 * error messages, so a failure says which part of the store it came from.
 */
final class Jdbc {
    interface Work {
        void run() throws SQLException;
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection db;
    private final String what;

    Jdbc(Connection db, String what) {
        this.db = db;
        this.what = what;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back and rethrown. */
    void inTransaction(Work work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " transaction failed", e);
        }
    }

    void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what + " query failed: " + sql, e);
        }
    }

    int count(String sql, Object... args) {
        return query(sql, rs -> rs.getInt(1), args).getFirst();
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
