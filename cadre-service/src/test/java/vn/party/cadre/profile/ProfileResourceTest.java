package vn.party.cadre.profile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.person;
import static vn.party.cadre.CadreTree.unitAdminOf;

@QuarkusTest
class ProfileResourceTest {

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    @Test
    void anOrganiserSeesTheNationalIdAndTheRetirementDateOfACadreInScope() {
        Map<String, Object> body = person(tree.a1, "Nguyễn Thị Hoa", "1975-05-01", "FEMALE", "TAY");
        String id = CadreTree.cadre(tree.a1, body);
        as(organiserOf(tree.a)).get(API + "/profiles/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("nationalId", equalTo(body.get("nationalId")))
                .body("ethnicMinority", equalTo(true))
                .body("retirementDate", equalTo("2035-05-31"));
    }

    @Test
    void aUnitAdminReadsAProfileWithoutItsPersonalFields() {
        String id = CadreTree.cadre(tree.a1, "Trần Văn Nam", "1980-01-01", "MALE");
        as(unitAdminOf(tree.a1)).get(API + "/profiles/" + id).then().statusCode(200)
                .body("fullName", equalTo("Trần Văn Nam"))
                .body("nationalId", nullValue()).body("dateOfBirth", nullValue()).body("ethnicity", nullValue())
                .body("retirementDate", nullValue());
        as(unitAdminOf(tree.a1)).body(person(tree.a1, "X", "1980-01-01", "MALE", "KINH")).post(API + "/profiles")
                .then().statusCode(403);
    }

    @Test
    void anOrganiserOfOneCommitteeCannotSeeAnotherCommitteesCadres() {
        String id = CadreTree.cadre(tree.b1, "Lê Văn Bình", "1982-03-03", "MALE");
        as(organiserOf(tree.a)).get(API + "/profiles/" + id).then().statusCode(404);
        as(organiserOf(tree.a)).get(API + "/profiles").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(organiserOf(tree.b)).get(API + "/profiles").then().statusCode(200).body("items.id", hasItem(id));
        as(organiserOf(tree.a)).body(person(tree.b1, "Y", "1980-01-01", "MALE", "KINH")).post(API + "/profiles")
                .then().statusCode(404);
    }

    @Test
    void aSecondProfileWithTheSameNationalIdIsAConflict() {
        Map<String, Object> body = person(tree.a1, "Phạm Văn Cường", "1979-02-02", "MALE", "KINH");
        CadreTree.cadre(tree.a1, body);
        body.put("fullName", "Phạm Văn Cường (2)");
        as(organiserOf(tree.a1)).body(body).post(API + "/profiles").then().statusCode(409);
    }

    @Test
    void aChangeNeedsTheVersionRead() {
        Map<String, Object> body = person(tree.a1, "Đỗ Thị Mai", "1985-06-06", "FEMALE", "KINH");
        String id = CadreTree.cadre(tree.a1, body);
        body.put("qualification", "Cử nhân Luật");
        as(organiserOf(tree.a1)).body(body).put(API + "/profiles/" + id).then().statusCode(428);
        as(organiserOf(tree.a1)).header("If-Match", "\"0\"").body(body).put(API + "/profiles/" + id).then().statusCode(200)
                .body("qualification", equalTo("Cử nhân Luật")).header("ETag", equalTo("\"1\""));
        as(organiserOf(tree.a1)).header("If-Match", "\"0\"").body(body).put(API + "/profiles/" + id).then().statusCode(409);
    }

    @Test
    void aMalformedNationalIdIsRefused() {
        Map<String, Object> body = person(tree.a1, "Z", "1985-06-06", "FEMALE", "KINH");
        body.put("nationalId", "12-34");
        as(organiserOf(tree.a1)).body(body).post(API + "/profiles").then().statusCode(400)
                .body("errors[0].field", notNullValue());
    }
}
