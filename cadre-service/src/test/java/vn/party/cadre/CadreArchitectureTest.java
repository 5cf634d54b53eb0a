package vn.party.cadre;

import vn.party.testsupport.ArchitectureContract;

class CadreArchitectureTest extends ArchitectureContract {

    @Override
    protected String service() {
        return "cadre";
    }
}
