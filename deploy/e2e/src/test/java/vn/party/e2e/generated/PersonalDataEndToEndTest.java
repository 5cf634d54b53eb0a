package vn.party.e2e.generated;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every other end-to-end test (the generated ones included) has run: no national ID number of any member
 * appears in any service's log, in any event of any topic or in any dead letter, and no event names a date of
 * birth. The numbers are read from membership's own database, the topics from their beginning.
 */
@Order(Integer.MAX_VALUE)
class PersonalDataEndToEndTest {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern BIRTH_FIELD = Pattern.compile("\"(dateOfBirth|birthDate|dob|nationalId|nationalIdNumber)\"");

    @Test
    void noNationalIdOrBirthDateLeavesTheServicesInLogsEventsOrDeadLetters() throws Exception {
        Set<String> nationalIds = nationalIds();
        assertThat(nationalIds).as("national IDs of the demo members").hasSizeGreaterThan(100);

        List<String> found = new ArrayList<>();
        int logLines = 0;
        String logs = System.getProperty("e2e.logs", "");
        assertThat(logs).as("-De2e.logs: the suite's log folder").isNotBlank();
        try (Stream<Path> files = Files.list(Path.of(logs))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (file.getFileName().toString().startsWith("demo-data")) {
                    continue;   // the loader's own console, which prints what it sent: not a service's log
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                logLines += lines.size();
                for (String line : lines) {
                    Matcher m = TWELVE_DIGITS.matcher(line);
                    while (m.find()) {
                        if (nationalIds.contains(m.group())) {
                            found.add(file.getFileName() + ": " + abbreviated(line));
                        }
                    }
                }
            }
        }

        Map<String, Integer> eventsByTopic = new TreeMap<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("e2e.kafka", "127.0.0.1:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-personal-data-" + System.nanoTime());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (!topic.startsWith("__")) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    eventsByTopic.merge(record.topic(), 1, Integer::sum);
                    StringBuilder text = new StringBuilder(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                    for (Header h : record.headers()) {
                        text.append(' ').append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8));
                    }
                    Matcher m = TWELVE_DIGITS.matcher(text);
                    while (m.find()) {
                        if (nationalIds.contains(m.group())) {
                            found.add(record.topic() + "@" + record.offset() + ": " + abbreviated(text.toString()));
                        }
                    }
                    if (BIRTH_FIELD.matcher(text).find()) {
                        found.add(record.topic() + "@" + record.offset() + " names a personal field: " + abbreviated(text.toString()));
                    }
                }
            }
        }
        System.out.printf("personal data: %d national IDs looked for in %d log lines and %d events %s; %d found%n",
                nationalIds.size(), logLines, eventsByTopic.values().stream().mapToInt(Integer::intValue).sum(),
                eventsByTopic, found.size());
        assertThat(logLines).as("lines of the services' logs").isGreaterThan(0);
        assertThat(eventsByTopic).as("events read").containsKey("membership.events");
        assertThat(found).as("personal data in logs, events or dead letters").isEmpty();
    }

    private static Set<String> nationalIds() throws Exception {
        Set<String> ids = new HashSet<>();
        String base = System.getProperty("e2e.pg.url", "jdbc:postgresql://127.0.0.1:5433/");
        try (Connection c = DriverManager.getConnection(base + "membership", System.getProperty("e2e.pg.user", "postgres"),
                System.getProperty("e2e.pg.password", "postgres")); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select national_id from member where national_id is not null")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static String abbreviated(String s) {
        return s.length() > 240 ? s.substring(0, 240) + "…" : s;
    }
}
