package gov.maservice.notification.delivery;

import gov.maservice.notification.notice.NoticeService;
import gov.maservice.notification.support.CoalescingTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link NoticeBook} in step with the store: fills it at start and reconciles
 * it periodically and after every partition assignment, repairing any event the fan-out
 * consumer missed.
 */
@Component
class NoticeBookLoader {

	private final NoticeBook book;

	private final NoticeService notices;

	private final DeliveryProperties properties;

	private final TaskScheduler scheduler;

	private final CoalescingTask refresh;

	NoticeBookLoader(NoticeBook book, NoticeService notices, DeliveryProperties properties, TaskScheduler scheduler) {
		this.book = book;
		this.notices = notices;
		this.properties = properties;
		this.scheduler = scheduler;
		this.refresh = new CoalescingTask("notice book refresh",
				() -> this.notices.unexpired().collectList().doOnNext(this.book::reconcile));
	}

	void refresh() {
		this.refresh.trigger();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		refresh();
		this.scheduler.scheduleWithFixedDelay(this.refresh::trigger, this.properties.refreshInterval());
	}

}
