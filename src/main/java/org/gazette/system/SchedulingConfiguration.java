package org.gazette.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (view counts, scheduled publishing, indexing) run in the serving process only;
 * command-line runs switch them off with {@code gazette.background-jobs=false} so a one-off command
 * never competes with a running site for the same work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gazette.background-jobs", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
