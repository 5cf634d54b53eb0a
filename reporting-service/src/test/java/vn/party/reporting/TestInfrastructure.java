package vn.party.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.party.testsupport.SuiteInfrastructure;

/** Every @QuarkusTest of this module runs against the real PostgreSQL database "reporting" and Kafka. */
@QuarkusTestResource(value = SuiteInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
public class TestInfrastructure {
}
