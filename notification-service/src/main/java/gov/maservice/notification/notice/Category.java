package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code category}; public-service notices such as guide updates use
 * {@code Other}.
 */
public enum Category {

	Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other

}
