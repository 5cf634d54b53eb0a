package vn.party.reporting;

import vn.party.testsupport.ArchitectureContract;

class ReportingArchitectureTest extends ArchitectureContract {

    @Override
    protected String service() {
        return "reporting";
    }
}
