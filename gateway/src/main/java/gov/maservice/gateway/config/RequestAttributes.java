package gov.maservice.gateway.config;

/**
 * Names of the exchange attributes the gateway's filters share. Exchange attributes
 * survive {@code exchange.mutate()}, so a value set deep in the chain is visible to the
 * access log that wraps it.
 */
public final class RequestAttributes {

	/**
	 * Who made the request, for the access log: {@code user:<name>}, {@code key:<id>} or
	 * {@code anonymous}.
	 */
	public static final String CLIENT = "gateway.client";

	private RequestAttributes() {
	}

}
