package gov.maservice.contracts;

/**
 * How much a published change matters to citizens. Major changes carry a change note,
 * bump "last updated" and notify subscribers; minor ones (a typo) do neither.
 */
public enum UpdateType {

	MAJOR, MINOR

}
