package vn.party.cadre.hr;

/**
 * The HR system answered that it knows no such employee: an answer, not a failure. The lookup's retry, circuit
 * breaker and fallback let it through ({@code abortOn}/{@code skipOn}), so it reaches the caller as a 404.
 */
public class HrNotFound extends RuntimeException {
    public HrNotFound() {
        super("the HR system knows no such employee", null, false, false);
    }
}
