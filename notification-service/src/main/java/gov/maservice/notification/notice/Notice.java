package gov.maservice.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import gov.maservice.contracts.NoticeEvent;
import gov.maservice.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice, stored once per cluster. Updates and cancels change this document and bump
 * {@link #version()}; the events describing each change wait in {@link #outbox()} until
 * the outbox relay has sent them to {@code notification.notice-events.v1}.
 *
 * @param id stable notice id
 * @param version revision, 1 for the first issue
 * @param state {@link NoticeState#ACTIVE} or {@link NoticeState#CANCELLED}
 * @param status CAP status
 * @param msgType CAP msgType of the latest revision (Alert, Update, Cancel)
 * @param references for revisions after the first: the id of the notice they change (this
 * one)
 * @param category CAP category
 * @param event CAP event: the kind of notice, in Chinese
 * @param urgency CAP urgency
 * @param severity CAP severity
 * @param certainty CAP certainty
 * @param headline at most 140 characters
 * @param description full text
 * @param instruction what people should do
 * @param areaCodes target localities; the hierarchy is honoured by whoever delivers
 * @param effective when it comes into force
 * @param expires when it leaves every board
 * @param urgent whether boards interrupt their loop for it
 * @param sender who issued the latest revision (JWT subject)
 * @param firstSent when the first revision was issued
 * @param sent when the latest revision was issued
 * @param source {@code api}, or {@code guide:<itemCode>} for guide updates
 * @param outbox events not yet relayed, in the platform outbox layout
 */
@Document("notices")
public record Notice(@Id String id, long version, NoticeState state, NoticeStatus status, MsgType msgType,
		String references, Category category, String event, Urgency urgency, Severity severity, Certainty certainty,
		String headline, String description, String instruction, @Indexed List<String> areaCodes, Instant effective,
		@Indexed Instant expires, boolean urgent, String sender, Instant firstSent, Instant sent, String source,
		List<OutboxEvent> outbox) {

	public boolean cancelled() {
		return this.state == NoticeState.CANCELLED;
	}

	/** The phase of the notice at the given time. */
	public NoticeState phaseAt(Instant now) {
		if (cancelled()) {
			return NoticeState.CANCELLED;
		}
		if (!this.expires.isAfter(now)) {
			return NoticeState.EXPIRED;
		}
		return this.effective.isAfter(now) ? NoticeState.SCHEDULED : NoticeState.IN_FORCE;
	}

	/** The current state of this notice as the event of its latest change. */
	public NoticeEvent toEvent(UUID eventId) {
		String type = switch (this.msgType) {
			case Alert -> NoticeEvent.TYPE_ISSUED;
			case Update -> NoticeEvent.TYPE_UPDATED;
			case Cancel -> NoticeEvent.TYPE_CANCELLED;
		};
		return new NoticeEvent(eventId, type, this.sent, this.id, this.version, this.status.name(), this.msgType.name(),
				this.references, this.category.name(), this.urgency.name(), this.severity.name(), this.headline,
				this.description, this.instruction, this.areaCodes, this.effective, this.expires, this.urgent);
	}

}
