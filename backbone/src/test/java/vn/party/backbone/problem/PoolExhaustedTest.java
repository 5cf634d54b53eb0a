package vn.party.backbone.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that finds every database connection busy answers 503, not 500: how the pool's timeout is recognised. */
class PoolExhaustedTest {

    @Test
    void hibernatesWrappingOfAgroalsAcquisitionTimeoutIsRecognised() {
        Throwable wrapped = new jakarta.persistence.PersistenceException("could not prepare statement",
                new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("Sorry, acquisition timeout!")));
        assertThat(ProblemMappers.connectionPoolExhausted(wrapped)).isTrue();
        assertThat(ProblemMappers.connectionPoolExhausted(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void anyOtherDatabaseFailureIsNot() {
        assertThat(ProblemMappers.connectionPoolExhausted(new org.hibernate.exception.GenericJDBCException("could not execute",
                new SQLException("division by zero")))).isFalse();
        assertThat(ProblemMappers.connectionPoolExhausted(new IllegalStateException((String) null))).isFalse();
    }
}
