package vn.party.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.party.testsupport.ServiceBasicsContract;

@QuarkusTest
class ReportingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String service() {
        return "reporting";
    }

    @Override
    protected String protectedPath() {
        return "/api/reporting/v1/units/bn/base-organisations";
    }
}
