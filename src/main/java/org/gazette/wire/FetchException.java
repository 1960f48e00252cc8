package org.gazette.wire;

/**
 * A fetch that failed, with the reason shown in the source's status.
 *
 * @see #retryable()
 */
public class FetchException extends RuntimeException {

    private final boolean retryable;

    public FetchException(String reason, boolean retryable) {
        super(reason, null, false, false);
        this.retryable = retryable;
    }

    /** Whether trying again soon may help (a timeout, a 5xx), as opposed to a refusal that will not change. */
    public boolean retryable() {
        return retryable;
    }
}
