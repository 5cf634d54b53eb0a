package vn.party.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * membership-service at province scale, every benchmark in one run: the write path (registrations against
 * pgbench), the 230,000-row import (against COPY), the grading season (bulk entry, closing a round of 500, the
 * province's summary, each against the same work in SQL), and every list and report endpoint on a province of 230,000
 * members. Each program runs in a JVM of its own, one after the other, with its own PostgreSQL, broker and service;
 * their output goes by as usual, and their closing tables are printed again together at the end. Sizes by environment:
 * {@code BENCH_WRITE_SECONDS} (15), {@code BENCH_WRITE_LEVELS} (1,4,8,16), {@code BENCH_IMPORT_ROWS} (230000),
 * {@code BENCH_PROVINCE_MEMBERS} (230000), {@code BENCH_GRADING_RUNS} (5), {@code BENCH_ENDPOINT_RUNS} (5).
 *
 * <pre>deploy/suite bench membership</pre>
 */
public final class MembershipBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> programs = new LinkedHashMap<>();
        programs.put("write path", List.of("WritePathBenchmark", env("BENCH_WRITE_SECONDS", "15"), env("BENCH_WRITE_LEVELS", "1,4,8,16")));
        programs.put("import", List.of("ImportBenchmark", env("BENCH_IMPORT_ROWS", "230000")));
        programs.put("grading season", List.of("GradingSeasonBenchmark", env("BENCH_PROVINCE_MEMBERS", "230000"),
                env("BENCH_GRADING_RUNS", "5")));
        programs.put("province endpoints", List.of("ProvinceEndpointsBenchmark", env("BENCH_PROVINCE_MEMBERS", "230000"),
                env("BENCH_ENDPOINT_RUNS", "5")));
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Map.Entry<String, List<String>> p : programs.entrySet()) {
            // each program in a JVM of its own: its PostgreSQL, broker and service end with it
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1500m", "-cp", System.getProperty("java.class.path")));
            for (String property : List.of("bench.service.jar", "bench.stack.classes")) {
                if (System.getProperty(property) != null) {
                    command.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            command.add("vn.party.bench." + p.getValue().get(0));
            command.addAll(p.getValue().subList(1, p.getValue().size()));
            System.out.printf("%n===== %s =====%n", p.getKey());
            long t1 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.out.println(line);
                    lines.add(line);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                failures.add(p.getKey() + " exited " + exit);
            }
            // the closing table: everything after the last blank line but the "logs in" line
            int last = lines.lastIndexOf("");
            tables.put(p.getKey() + String.format(" (%.0f s)", (System.nanoTime() - t1) / 1e9),
                    lines.subList(last + 1, lines.size()).stream().filter(l -> !l.startsWith("benchmark: logs in")).toList());
        }
        System.out.printf("%n===== membership-service benchmarks, %.1f min in all =====%n", (System.nanoTime() - t0) / 60e9);
        tables.forEach((name, lines) -> {
            System.out.printf("%n-- %s%n", name);
            lines.forEach(System.out::println);
        });
        if (!failures.isEmpty()) {
            System.out.println();
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
