package vn.party.membership.orgunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;

/** Communes, wards and towns as types of their own, and cells founded with their kind and counted by it. */
@QuarkusTest
class OrganisationTypesAndCellKindsTest {

    private static final String UNITS = API + "/org-units";

    private TestTree tree;

    @BeforeEach
    void plant() {
        tree = TestTree.plant();
    }

    @Test
    void aCommuneAWardAndATownAreFoundedAsSuchAndTheUndividedTypeIsRefusedForANewUnit() {
        String commune = tree.districtA + "_xa_moi";
        found(unit(commune, "BASE_COMMITTEE", "COMMUNE_WARD", tree.districtA, null)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("orgunit.organisation-type"))
                .body("detail", containsString("COMMUNE (xã), WARD (phường) or TOWN (thị trấn)"))
                .body("allowed", hasItems("COMMUNE", "WARD", "TOWN"));
        as(tree.provinceAdmin()).get(UNITS + "/" + commune).then().statusCode(404);

        for (String type : new String[] {"COMMUNE", "WARD", "TOWN"}) {
            String code = tree.districtA + "_" + type.toLowerCase();
            found(unit(code, "BASE_COMMITTEE", type, tree.districtA, null)).then().statusCode(201)
                    .body("organisationType", equalTo(type));
            as(tree.provinceAdmin()).get(UNITS + "/" + code).then().statusCode(200).body("organisationType", equalTo(type));
        }
        as(TestTree.viewerOf(tree.province)).get(API + "/labels").then().statusCode(200)
                .body("OrganisationType.COMMUNE", equalTo("Xã"))
                .body("OrganisationType.WARD", equalTo("Phường"))
                .body("OrganisationType.TOWN", equalTo("Thị trấn"))
                .body("OrganisationType.COMMUNE_WARD", equalTo("Xã, phường, thị trấn (chưa phân loại)"))
                .body("CellKind.CREDIT_FUND", equalTo("Chi bộ quỹ tín dụng nhân dân"));
    }

    @Test
    void aCellIsFoundedWithItsKindAndTheFoundingEventCarriesIt() {
        String cell = tree.baseA + "_truong";
        found(unit(cell, "CELL", null, tree.baseA, "SCHOOL")).then().statusCode(201).body("cellKind", equalTo("SCHOOL"));
        as(TestTree.viewerOf(tree.districtA)).get(UNITS + "/" + cell).then().statusCode(200).body("cellKind", equalTo("SCHOOL"));
        as(TestTree.viewerOf(tree.districtA)).get(UNITS + "/" + cell + "/history").then().statusCode(200)
                .body("[0].cellKind", equalTo("SCHOOL"));

        JsonNode envelope = read(TopicProbe.find("membership.events", r -> cell.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no event for " + cell)).value());
        assertThat(envelope.path("data").path("cellKind").asText()).isEqualTo("SCHOOL");
        assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();

        found(unit(tree.districtA + "_cs", "BASE_CELL", "SCHOOL", tree.districtA, "SCHOOL")).then().statusCode(422)
                .body("rule", equalTo("orgunit.cell-kind"));
        found(unit(tree.baseA + "_doi", "CELL", null, tree.baseA, "BARRACKS")).then().statusCode(400)
                .body("errors.field", hasItem(containsString("cellKind")));
        as(tree.provinceAdmin()).get(UNITS + "/" + tree.districtA + "_cs").then().statusCode(404);
    }

    @Test
    void theCellsOfASubtreeAreCountedByKindWithThoseWithoutAKindApart() {
        found(unit(tree.baseA + "_thon3", "CELL", null, tree.baseA, "RESIDENTIAL")).then().statusCode(201);
        found(unit(tree.baseA + "_thon4", "CELL", null, tree.baseA, "RESIDENTIAL")).then().statusCode(201);
        found(unit(tree.baseA + "_qtd", "CELL", null, tree.baseA, "CREDIT_FUND")).then().statusCode(201);
        found(unit(tree.baseB + "_ca", "CELL", null, tree.baseB, "POLICE")).then().statusCode(201);

        // TestTree's own cells (two under A's base committee, one under B's) were founded without a kind
        as(TestTree.viewerOf(tree.districtA)).get(UNITS + "/" + tree.districtA + "/cells-by-kind").then().statusCode(200)
                .body("unitCode", equalTo(tree.districtA))
                .body("cells", equalTo(5))
                .body("byKind.RESIDENTIAL", equalTo(2))
                .body("byKind.CREDIT_FUND", equalTo(1))
                .body("byKind.POLICE", equalTo(0))
                .body("unclassified", equalTo(2));
        as(TestTree.viewerOf(tree.province)).get(UNITS + "/" + tree.province + "/cells-by-kind").then().statusCode(200)
                .body("cells", equalTo(7)).body("byKind.POLICE", equalTo(1)).body("unclassified", equalTo(3));
        as(adminOf(tree.districtB)).get(UNITS + "/" + tree.districtA + "/cells-by-kind").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private Response found(Map<String, Object> body) {
        return as(tree.provinceAdmin()).contentType(ContentType.JSON).body(body).post(UNITS);
    }

    private static Map<String, Object> unit(String code, String kind, String type, String parent, String cellKind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Đơn vị " + code, "kind", kind,
                "parentCode", parent, "foundedOn", "2024-01-01"));
        if (type != null) {
            body.put("organisationType", type);
        }
        if (cellKind != null) {
            body.put("cellKind", cellKind);
        }
        return body;
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
