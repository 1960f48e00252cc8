package org.gazette.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (or, when required, fails) integration tests aimed at a PostgreSQL server that is not there. */
class DatabaseAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!PostgresTestDatabases.selected()) {
            return ConditionEvaluationResult.enabled("runs on SQLite");
        }
        String reason = PostgresTestDatabases.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if (PostgresTestDatabases.required()) {
            throw new IllegalStateException(reason + " (gazette.test.postgres.required=true)");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
