package gov.maservice.notification.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.contracts.Topics;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.outbox.Outbox;
import gov.maservice.platform.outbox.OutboxEvent;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.requestid.RequestIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Issues, updates and cancels notices. Each change is one atomic write of the notice
 * document together with the event describing it (outbox); the relay is nudged right
 * after, and every instance then learns of the change from Kafka and pushes it to its own
 * boards.
 */
@Service
public class NoticeService {

	private final NoticeRepository notices;

	private final ReactiveMongoTemplate mongo;

	private final LocalityDirectory directory;

	private final NoticeProperties properties;

	private final Outbox outbox;

	private final Clock clock;

	NoticeService(NoticeRepository notices, ReactiveMongoTemplate mongo, LocalityDirectory directory,
			NoticeProperties properties, Outbox outbox, Clock clock) {
		this.notices = notices;
		this.mongo = mongo;
		this.directory = directory;
		this.properties = properties;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Issues, updates or cancels, following the request's CAP {@code msgType}. */
	Mono<Notice> submit(NoticeRequest request, String sender) {
		MsgType type = (request.msgType() != null) ? request.msgType() : MsgType.Alert;
		if (type != MsgType.Alert && request.references() == null) {
			return Mono.error(NoticeProblems.invalid(
					List.of(new FieldMessage("references", "Update and Cancel must name the notice they change"))));
		}
		return switch (type) {
			case Alert -> issue(UUID.randomUUID().toString(), request, sender, "api");
			case Update -> update(request.references(), request, sender);
			case Cancel -> cancel(request.references(), sender);
		};
	}

	/** Issues a new notice under the given id. */
	Mono<Notice> issue(String id, NoticeRequest request, String sender, String source) {
		Instant now = this.clock.instant();
		return Mono.deferContextual((context) -> validate(request, now).flatMap((valid) -> {
			Notice draft = build(id, 1, MsgType.Alert, null, valid, sender, now, now, source);
			Notice notice = withEvent(draft, requestId(context));
			return this.mongo.insert(notice).doOnSuccess((saved) -> this.outbox.written());
		}));
	}

	/**
	 * Issues a notice whose id is derived from an upstream event id, so that a
	 * redelivered event issues nothing new.
	 * @return whether a notice was issued (false: it already existed)
	 */
	public Mono<Boolean> issueOnce(String upstreamEventId, NoticeRequest request, String sender, String source) {
		String id = UUID.nameUUIDFromBytes(("notice-for:" + upstreamEventId).getBytes(StandardCharsets.UTF_8))
			.toString();
		return issue(id, request, sender, source).thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/** The id {@link #issueOnce} uses for an upstream event. */
	public static String idForUpstreamEvent(String upstreamEventId) {
		return UUID.nameUUIDFromBytes(("notice-for:" + upstreamEventId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Replaces the content of a notice in force or scheduled; boards show the new
	 * version.
	 */
	Mono<Notice> update(String id, NoticeRequest request, String sender) {
		Instant now = this.clock.instant();
		return Mono.deferContextual((context) -> this.notices.findById(id)
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(id)))
			.flatMap((current) -> {
				if (current.phaseAt(now) == NoticeState.CANCELLED || current.phaseAt(now) == NoticeState.EXPIRED) {
					return Mono.error(NoticeProblems.conflict("Notice " + id + " is "
							+ current.phaseAt(now).name().toLowerCase() + " and can no longer be updated"));
				}
				return validate(request, now).flatMap((valid) -> {
					Notice next = withEvent(build(id, current.version() + 1, MsgType.Update, id, valid, sender,
							current.firstSent(), now, current.source()), requestId(context));
					Update update = new Update().set("version", next.version())
						.set("msgType", next.msgType())
						.set("references", next.references())
						.set("status", next.status())
						.set("category", next.category())
						.set("event", next.event())
						.set("urgency", next.urgency())
						.set("severity", next.severity())
						.set("certainty", next.certainty())
						.set("headline", next.headline())
						.set("description", next.description())
						.set("instruction", next.instruction())
						.set("areaCodes", next.areaCodes())
						.set("effective", next.effective())
						.set("expires", next.expires())
						.set("urgent", next.urgent())
						.set("sender", sender)
						.set("sent", now);
					Outbox.push(update, next.outbox());
					return changeIfCurrent(current, update);
				});
			}));
	}

	/** Withdraws a notice; boards drop it at once. */
	Mono<Notice> cancel(String id, String sender) {
		Instant now = this.clock.instant();
		return Mono.deferContextual((context) -> this.notices.findById(id)
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(id)))
			.flatMap((current) -> {
				NoticeState phase = current.phaseAt(now);
				if (phase == NoticeState.CANCELLED || phase == NoticeState.EXPIRED) {
					return Mono
						.error(NoticeProblems.conflict("Notice " + id + " is already " + phase.name().toLowerCase()));
				}
				Notice next = new Notice(id, current.version() + 1, NoticeState.CANCELLED, current.status(),
						MsgType.Cancel, id, current.category(), current.event(), current.urgency(), current.severity(),
						current.certainty(), current.headline(), current.description(), current.instruction(),
						current.areaCodes(), current.effective(), current.expires(), current.urgent(), sender,
						current.firstSent(), now, current.source(), List.of());
				Update update = new Update().set("version", next.version())
					.set("state", NoticeState.CANCELLED)
					.set("msgType", MsgType.Cancel)
					.set("references", id)
					.set("sender", sender)
					.set("sent", now);
				Outbox.push(update, pending(next.toEvent(UUID.randomUUID()), requestId(context)));
				return changeIfCurrent(current, update);
			}));
	}

	private Mono<Notice> changeIfCurrent(Notice current, Update update) {
		Query unchanged = new Query(Criteria.where("_id")
			.is(current.id())
			.and("version")
			.is(current.version())
			.and("state")
			.is(NoticeState.ACTIVE));
		return this.mongo.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true), Notice.class)
			.switchIfEmpty(Mono.error(() -> NoticeProblems
				.conflict("Notice " + current.id() + " was changed concurrently; reload and retry")))
			.doOnSuccess((saved) -> this.outbox.written());
	}

	public Mono<Notice> find(String id) {
		return this.notices.findById(id);
	}

	/** Notices by optional filters, newest first. */
	Flux<Notice> list(Boolean inForce, List<String> reachingAreaPath, NoticeStatus status, int page, int size) {
		Instant now = this.clock.instant();
		Criteria criteria = new Criteria();
		List<Criteria> all = new ArrayList<>();
		if (status != null) {
			all.add(Criteria.where("status").is(status));
		}
		if (reachingAreaPath != null) {
			all.add(Criteria.where("areaCodes").in(reachingAreaPath));
		}
		if (Boolean.TRUE.equals(inForce)) {
			all.add(inForceAt(now));
		}
		else if (Boolean.FALSE.equals(inForce)) {
			all.add(new Criteria().orOperator(Criteria.where("state").is(NoticeState.CANCELLED),
					Criteria.where("effective").gt(now), Criteria.where("expires").lte(now)));
		}
		if (!all.isEmpty()) {
			criteria.andOperator(all);
		}
		Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "sent"))
			.skip((long) page * size)
			.limit(size);
		return this.mongo.find(query, Notice.class);
	}

	/** Notices on the boards at this moment (for the CAP feed). */
	public Flux<Notice> inForce() {
		Query query = new Query(inForceAt(this.clock.instant())).with(Sort.by(Sort.Direction.DESC, "sent"));
		return this.mongo.find(query, Notice.class);
	}

	/**
	 * The latest state of every notice that has not expired yet (scheduled, in force or
	 * cancelled), as events: what an instance needs to know to serve its boards.
	 */
	public Flux<NoticeEvent> unexpired() {
		Query query = new Query(Criteria.where("expires").gt(this.clock.instant()));
		return this.mongo.find(query, Notice.class)
			.map((notice) -> notice.toEvent(
					UUID.nameUUIDFromBytes((notice.id() + "#" + notice.version()).getBytes(StandardCharsets.UTF_8))));
	}

	private static Criteria inForceAt(Instant now) {
		return Criteria.where("state").is(NoticeState.ACTIVE).and("effective").lte(now).and("expires").gt(now);
	}

	private Mono<NoticeRequest> validate(NoticeRequest request, Instant now) {
		return this.directory.unknown(request.areaCodes()).flatMap((unknown) -> {
			List<FieldMessage> errors = new ArrayList<>();
			unknown.forEach((code) -> errors.add(new FieldMessage("areaCodes", "Unknown locality " + code)));
			Instant effective = (request.effective() != null) ? request.effective() : now;
			if (request.expires() != null && !request.expires().isAfter(effective)) {
				errors.add(new FieldMessage("expires", "expires must be after effective"));
			}
			else if (request.expires() != null && !request.expires().isAfter(now)) {
				errors.add(new FieldMessage("expires", "expires must be in the future"));
			}
			return errors.isEmpty() ? Mono.just(request) : Mono.error(NoticeProblems.invalid(errors));
		});
	}

	private Notice build(String id, long version, MsgType msgType, String references, NoticeRequest request,
			String sender, Instant firstSent, Instant now, String source) {
		Urgency urgency = (request.urgency() != null) ? request.urgency() : Urgency.Unknown;
		Severity severity = (request.severity() != null) ? request.severity() : Severity.Unknown;
		boolean urgent = urgency == Urgency.Immediate && (severity == Severity.Extreme || severity == Severity.Severe);
		Instant effective = (request.effective() != null) ? request.effective() : now;
		Instant expires = (request.expires() != null) ? request.expires()
				: effective.plus(urgent ? this.properties.urgentValidity() : this.properties.defaultValidity());
		return new Notice(id, version, NoticeState.ACTIVE,
				(request.status() != null) ? request.status() : NoticeStatus.Actual, msgType, references,
				(request.category() != null) ? request.category() : Category.Other,
				(request.event() != null && !request.event().isBlank()) ? request.event() : "公告", urgency, severity,
				(request.certainty() != null) ? request.certainty() : Certainty.Observed, request.headline().strip(),
				request.description(), request.instruction(), List.copyOf(new LinkedHashSet<>(request.areaCodes())),
				effective, expires, urgent, sender, firstSent, now, source, List.of());
	}

	/** The event in the outbox layout, keyed by the notice id. */
	OutboxEvent pending(NoticeEvent event, String requestId) {
		return this.outbox.event(Topics.NOTICE_EVENTS, event.noticeId(), event.type(), event.eventId(),
				event.occurredAt(), event, requestId);
	}

	/**
	 * The id of the request being served, which the platform's filter keeps in the
	 * Reactor context.
	 */
	private static String requestId(ContextView context) {
		return context.getOrDefault(RequestIds.MDC_KEY, null);
	}

	private Notice withEvent(Notice notice, String requestId) {
		OutboxEvent event = pending(notice.toEvent(UUID.randomUUID()), requestId);
		return new Notice(notice.id(), notice.version(), notice.state(), notice.status(), notice.msgType(),
				notice.references(), notice.category(), notice.event(), notice.urgency(), notice.severity(),
				notice.certainty(), notice.headline(), notice.description(), notice.instruction(), notice.areaCodes(),
				notice.effective(), notice.expires(), notice.urgent(), notice.sender(), notice.firstSent(),
				notice.sent(), notice.source(), List.of(event));
	}

}
