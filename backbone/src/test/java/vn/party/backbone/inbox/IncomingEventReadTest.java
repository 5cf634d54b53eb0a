package vn.party.backbone.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventReadTest {

    private static final String FOUNDED = """
            {"specversion":"1.0","id":"6a1f5c3e-8f0e-4a43-9a57-2f1f7c1d2b9a","source":"/membership-service",
             "type":"membership.orgunit.founded.v1","subject":"bn_x","time":"2026-11-26T07:00:00Z",
             "datacontenttype":"application/json","dataschema":"schemas/membership/orgunit.founded.v1.json",
             "data":{"unitCode":"bn_x","name":"Đảng bộ xã X","kind":"BASE_COMMITTEE","organisationType":"COMMUNE_WARD",
                     "parentCode":"bn","path":["bn","bn_x"],"effectiveDate":"2025-07-01"}}""";

    @Test
    void aValidEventIsReadAndDecoded() {
        IncomingEvent event = IncomingEvents.read(record(FOUNDED));
        assertThat(event.envelope().subject()).isEqualTo("bn_x");
        assertThat(event.data().unitCode()).isEqualTo("bn_x");
    }

    @Test
    void anEventOfAnUnknownTypeIsSkipped() {
        assertThat(IncomingEvents.read(record(FOUNDED.replace("membership.orgunit.founded.v1", "membership.orgunit.teleported.v9"))))
                .isNull();
    }

    @Test
    void garbageAndSchemaFailuresArePoison() {
        assertThatThrownBy(() -> IncomingEvents.read(record("not json {"))).isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("not a CloudEvent");
        assertThatThrownBy(() -> IncomingEvents.read(record(FOUNDED.replace("\"unitCode\":\"bn_x\"", "\"unitCode\":\"Bad-X\""))))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("fails its schema");
        assertThatThrownBy(() -> IncomingEvents.read(record(FOUNDED.replace("6a1f5c3e-8f0e-4a43-9a57-2f1f7c1d2b9a", "seven"))))
                .isInstanceOf(PoisonMessage.class).hasMessageContaining("UUID");
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("membership.events", 0, 0L, "bn_x", value);
    }
}
