package gov.maservice.platform.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Hands one pending event to the broker; the future completes when the broker
 * acknowledged it.
 */
@FunctionalInterface
public interface OutboxSender {

	CompletableFuture<?> send(OutboxEvent event);

}
