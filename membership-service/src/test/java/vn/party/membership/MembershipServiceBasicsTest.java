package vn.party.membership;

import io.quarkus.test.junit.QuarkusTest;
import vn.party.testsupport.ServiceBasicsContract;

@QuarkusTest
class MembershipServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String service() {
        return "membership";
    }

    @Override
    protected String protectedPath() {
        return "/api/membership/v1/org-units";
    }
}
