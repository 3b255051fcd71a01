package gov.maservice.catalog.outbox;

/**
 * Declares a collection whose documents may carry pending events. Each feature that emits events
 * registers one as a bean, so the relay knows where to look without knowing the features.
 *
 * @param name MongoDB collection name
 */
public record OutboxCollection(String name) {
}
