package vn.party.membership;

import vn.party.testsupport.ArchitectureContract;

class MembershipArchitectureTest extends ArchitectureContract {

    @Override
    protected String service() {
        return "membership";
    }
}
