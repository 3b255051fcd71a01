package gov.maservice.catalog.outbox;

import java.util.concurrent.CompletableFuture;

/** Hands one pending event to the broker; the future completes when the broker acknowledged it. */
public interface OutboxSender {

	CompletableFuture<?> send(PendingEvent event);

}
