package vn.party.membership.member;

import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;

/**
 * A 409 of a member record, naming the field that clashes with an existing record (the national ID or the
 * party card number), so that a bulk import can report it against its column. Answers like any conflict.
 */
public class MemberConflict extends ProblemException {

    private final String field;

    MemberConflict(String field, Problem problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
