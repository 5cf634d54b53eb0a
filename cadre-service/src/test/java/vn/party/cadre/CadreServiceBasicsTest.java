package vn.party.cadre;

import io.quarkus.test.junit.QuarkusTest;
import vn.party.testsupport.ServiceBasicsContract;

@QuarkusTest
class CadreServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String service() {
        return "cadre";
    }

    @Override
    protected String protectedPath() {
        return "/api/cadre/v1/admin/dead-letters/membership.events/replay";
    }

    @Override
    protected String protectedMethod() {
        return "POST";
    }
}
