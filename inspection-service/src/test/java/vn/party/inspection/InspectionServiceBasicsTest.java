package vn.party.inspection;

import io.quarkus.test.junit.QuarkusTest;
import vn.party.testsupport.ServiceBasicsContract;

@QuarkusTest
class InspectionServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String service() {
        return "inspection";
    }

    @Override
    protected String protectedPath() {
        return "/api/inspection/v1/admin/dead-letters/membership.events/replay";
    }

    @Override
    protected String protectedMethod() {
        return "POST";
    }
}
