package gov.maservice.catalog.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds this replica's index when the application is ready (after the seed has published
 * the shipped catalog, and before the readiness probe says the service takes traffic),
 * then polls for other replicas' changes and reconciles with the catalog on their
 * intervals.
 */
@Component
class SearchIndexSchedule implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexSchedule.class);

	private final SearchIndexer indexer;

	private final SearchProperties properties;

	private volatile ScheduledExecutorService executor;

	SearchIndexSchedule(SearchIndexer indexer, SearchProperties properties) {
		this.indexer = indexer;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		run("load", this.indexer::load);
		run("reconcile", this.indexer::reconcile);
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "search-index");
			thread.setDaemon(true);
			return thread;
		});
		long refresh = this.properties.refreshInterval().toMillis();
		long reconcile = this.properties.reconcileInterval().toMillis();
		started.scheduleWithFixedDelay(() -> run("refresh", this.indexer::refresh), refresh, refresh,
				TimeUnit.MILLISECONDS);
		started.scheduleWithFixedDelay(() -> run("reconcile", this.indexer::reconcile), reconcile, reconcile,
				TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void destroy() {
		ScheduledExecutorService current = this.executor;
		if (current != null) {
			current.shutdownNow();
		}
	}

	private static void run(String task, Runnable runnable) {
		try {
			runnable.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Search index {} failed; it runs again on schedule", task, ex);
		}
	}

}
