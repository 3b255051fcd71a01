package gov.maservice.platform.kafka;

import java.util.List;

/**
 * The topics a service produces and therefore declares (with
 * {@code platform.kafka.partitions} partitions and {@code platform.kafka.replicas}
 * replicas). Only the owner declares a topic, so partition counts have one source;
 * consumers declare only the dead-letter topics they write, which the platform does on
 * the first dead letter.
 *
 * @param names topic names, e.g. {@code Topics.GUIDE_EVENTS}
 */
public record OwnedTopics(List<String> names) {

	public OwnedTopics {
		names = List.copyOf(names);
	}

	/** The topics a service owns. */
	public static OwnedTopics of(String... names) {
		return new OwnedTopics(List.of(names));
	}

}
