package org.gazette.system;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The site's database with a read replica: a connection asked for while an anonymous reader's request
 * is being answered ({@link ReaderRequests}) comes from the replica's pool, any other (the newsroom, the
 * APIs' writes, signed-in editors, background jobs, migrations) from the primary's. A transaction keeps
 * the connection it began with. Each hand-out is counted in {@code gazette.db.connections} by database.
 */
final class ReplicaRouting extends AbstractRoutingDataSource implements AutoCloseable {

    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final ObjectProvider<MeterRegistry> meters;
    private volatile Counter primaryUses;
    private volatile Counter replicaUses;

    ReplicaRouting(HikariDataSource primary, HikariDataSource replica, ObjectProvider<MeterRegistry> meters) {
        this.primary = primary;
        this.replica = replica;
        this.meters = meters;
        setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ReaderRequests.inReaderRequest() ? REPLICA : PRIMARY;
    }

    @Override
    protected DataSource determineTargetDataSource() {
        DataSource target = super.determineTargetDataSource();
        Counter counter = counter(target == replica);
        if (counter != null) {
            counter.increment();
        }
        return target;
    }

    private Counter counter(boolean toReplica) {
        Counter counter = toReplica ? replicaUses : primaryUses;
        if (counter == null) {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry == null) {
                return null; // not yet: the pool is asked for before the meters exist (migrations)
            }
            counter = Counter.builder("gazette.db.connections")
                    .description("connections handed out, by database")
                    .tag("database", toReplica ? REPLICA : PRIMARY)
                    .register(registry);
            if (toReplica) {
                replicaUses = counter;
            } else {
                primaryUses = counter;
            }
        }
        return counter;
    }

    @Override
    public void close() {
        try {
            replica.close();
        } finally {
            primary.close();
        }
    }
}
