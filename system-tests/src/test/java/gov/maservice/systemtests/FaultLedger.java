package gov.maservice.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fault tests counted: each test records its measures (faults injected, writes
 * acknowledged, lost, ...) as they are checked, appended to
 * {@code system-tests/target/fault-results.tsv}; after every record the summary of this
 * run is rewritten to {@code system-tests/target/fault-results.md}, so it is complete
 * whichever test runs last and survives a failing one. docs/RELIABILITY.md quotes it.
 */
final class FaultLedger {

	private static final String RUN = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
		.toString();

	private static final Path TSV = LocalStack.projectRoot().resolve("system-tests/target/fault-results.tsv");

	private static final Path SUMMARY = LocalStack.projectRoot().resolve("system-tests/target/fault-results.md");

	private final String fault;

	FaultLedger(String fault) {
		this.fault = fault;
	}

	/** Records one counted measure of this fault and returns it, for asserting on. */
	long record(String measure, long value) {
		append(this.fault, measure, Long.toString(value));
		return value;
	}

	/** Records a duration in milliseconds. */
	long recordMillis(String measure, long millis) {
		return record(measure + " (ms)", millis);
	}

	private static synchronized void append(String fault, String measure, String value) {
		try {
			Files.createDirectories(TSV.getParent());
			Files.writeString(TSV, String.join("\t", RUN, fault, measure, value) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			writeSummary();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeSummary() throws IOException {
		Map<String, Map<String, String>> byFault = new LinkedHashMap<>();
		for (String line : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
			String[] cells = line.split("\t", 4);
			if (cells.length == 4 && cells[0].equals(RUN)) {
				byFault.computeIfAbsent(cells[1], (key) -> new LinkedHashMap<>()).put(cells[2], cells[3]);
			}
		}
		List<String> out = new ArrayList<>();
		out.add("# Fault suite counts, run started " + RUN);
		out.add("");
		byFault.forEach((fault, measures) -> {
			out.add("## " + fault);
			out.add("");
			out.add("| measure | count |");
			out.add("|---|---|");
			measures.forEach((measure, value) -> out.add("| " + measure + " | " + value + " |"));
			out.add("");
		});
		Files.write(SUMMARY, out, StandardCharsets.UTF_8);
	}

}
