package gov.maservice.catalog.guide;

/**
 * An enum constant of the guide model that citizens read in Chinese. The JSON carries the
 * English constant; pages show {@link #label()}.
 */
public interface Labelled {

	/** The Simplified Chinese label shown to citizens. */
	String label();

}
