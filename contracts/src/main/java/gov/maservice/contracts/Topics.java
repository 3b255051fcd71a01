package gov.maservice.contracts;

/**
 * Kafka topic names shared by producers and consumers. Every topic is keyed by the id of
 * the aggregate it describes, so that all events about one item, locality, notice or
 * board stay in order on one partition. Each topic has a dead-letter twin named
 * {@code <topic>.dlt}.
 */
public final class Topics {

	/** Published, updated and withdrawn guides; key = item code. */
	public static final String GUIDE_EVENTS = "catalog.guide-events.v1";

	/**
	 * Departments and localities created or renamed; key = department or locality code.
	 */
	public static final String DIRECTORY_EVENTS = "catalog.directory-events.v1";

	/** Notices issued, updated, cancelled; key = notice id. */
	public static final String NOTICE_EVENTS = "notification.notice-events.v1";

	/** Boards going offline and coming back; key = board id. */
	public static final String BOARD_EVENTS = "notification.board-events.v1";

	/** Suffix of every dead-letter topic. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
