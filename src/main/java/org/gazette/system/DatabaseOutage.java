package org.gazette.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, unreachable, its pool
 * waited in vain for a connection) rather than a fault of the request or of Gazette: Spring's
 * resource-failure exceptions, a transaction that could not get its connection, the pool's timeout,
 * and SQL states of class 08 (connection exception) and 57P01..57P03 (the server shutting down or not
 * yet accepting connections), wherever they sit in the chain of causes (or behind the failed commit of a
 * transaction whose rollback failed as well).
 */
public record DatabaseOutage(Throwable failure) {

    /** The outage behind {@code failure}, or null when the database is not what failed. */
    public static DatabaseOutage of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unreachable(cause)) {
                return new DatabaseOutage(failure);
            }
            // a commit that failed, then a rollback that failed too: the commit's failure tells why
            if (cause instanceof TransactionSystemException overridden
                    && overridden.getOriginalException() != null
                    && of(overridden.getOriginalException()) != null) {
                return new DatabaseOutage(failure);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }

    /** The innermost cause's own words, for one line of log. */
    public String reason() {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
