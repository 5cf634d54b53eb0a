package vn.party.membership.member;

import java.time.LocalDate;
import java.util.List;

/**
 * What party age is computed from: the first admission decision and the periods spent outside party
 * life (after an exit until readmission, and out of contact), each [from, until), until null when open.
 */
public record PartyLife(LocalDate firstAdmittedOn, List<Interval> outside) {

    public record Interval(LocalDate from, LocalDate until) {
    }
}
