package vn.party.membership.memberimport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code membership.import.*}: limits and pace of bulk member imports. */
@ConfigMapping(prefix = "membership.import")
public interface MemberImportConfig {

    /**
     * Largest file accepted, in bytes (64 MB: the ~230,000 members of a large province in all 17 columns are ~55 MB).
     * The HTTP layer ({@code quarkus.http.limits.max-body-size}) and the gateway's import location let a little more
     * through, so that this limit answers with its 413 problem.
     */
    @WithDefault("67108864")
    int maxBytes();

    /** Rows checked and written together (one transaction in VALID_ROWS mode), and between progress reports. */
    @WithDefault("500")
    int chunkSize();

    /** A running job whose worker has not reported for this long is taken up again (its worker died). */
    @WithDefault("PT2M")
    Duration staleAfter();

    /** A job that stopped this many times is failed rather than retried once more. */
    @WithDefault("3")
    int maxAttempts();

    /** Timeout of the one transaction of an ALL_OR_NOTHING import. */
    @WithDefault("PT30M")
    Duration transactionTimeout();
}
