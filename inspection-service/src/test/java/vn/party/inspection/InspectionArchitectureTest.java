package vn.party.inspection;

import vn.party.testsupport.ArchitectureContract;

class InspectionArchitectureTest extends ArchitectureContract {

    @Override
    protected String service() {
        return "inspection";
    }
}
