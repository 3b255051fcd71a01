package gov.maservice.notification.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Runs a reactive job at most once at a time; a trigger that arrives while it runs makes
 * it run once more afterwards. Periodic ticks and "nudges" after writes share one
 * instance, so bursts of writes never pile up concurrent passes over the same documents.
 */
public final class CoalescingTask {

	private static final Logger log = LoggerFactory.getLogger(CoalescingTask.class);

	private final String name;

	private final Supplier<Mono<?>> job;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean pending = new AtomicBoolean();

	public CoalescingTask(String name, Supplier<Mono<?>> job) {
		this.name = name;
		this.job = job;
	}

	/** Runs the job now, or once more after the current run. */
	public void trigger() {
		this.pending.set(true);
		if (this.running.compareAndSet(false, true)) {
			runOnce();
		}
	}

	private void runOnce() {
		this.pending.set(false);
		Mono.defer(this.job)
			.doOnError((ex) -> log.warn("{} failed: {}", this.name, ex.toString()))
			.onErrorComplete()
			.doFinally((signal) -> {
				this.running.set(false);
				if (this.pending.get() && this.running.compareAndSet(false, true)) {
					runOnce();
				}
			})
			.subscribe();
	}

}
