package gov.maservice.notification.cap;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.notification.notice.Notice;
import gov.maservice.notification.notice.NoticeProblems;
import gov.maservice.notification.notice.NoticeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notices in force as CAP 1.2, so that emergency-alert systems and other signage can
 * consume them: an Atom feed whose entries each carry one CAP {@code alert}, and each
 * notice's latest revision as a bare CAP document.
 */
@RestController
@RequestMapping("/api/v1/cap")
@Tag(name = "cap", description = "CAP 1.2 XML feed of notices in force")
class CapFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

	private final NoticeService notices;

	private final LocalityDirectory directory;

	private final CapWriter writer;

	private final Clock clock;

	CapFeedController(NoticeService notices, LocalityDirectory directory, Clock clock) {
		this.notices = notices;
		this.directory = directory;
		this.writer = new CapWriter(directory.districtCode(), directory.districtName());
		this.clock = clock;
	}

	@GetMapping("/alerts.xml")
	@Operation(summary = "Atom feed of the notices in force, one CAP 1.2 alert per entry")
	@ApiResponse(responseCode = "200",
			description = "The feed; each entry's content is a CAP 1.2 alert that validates against the OASIS schema",
			content = @Content(mediaType = "application/atom+xml"))
	Mono<ResponseEntity<String>> feed() {
		return this.notices.inForce()
			.concatMap(this::withAreaNames)
			.collectList()
			.map((alerts) -> ResponseEntity.ok()
				.contentType(ATOM)
				.body(this.writer.feed(alerts, this.clock.instant(), "/api/v1/cap/alerts.xml")));
	}

	@GetMapping("/alerts/{id}.xml")
	@Operation(summary = "The latest revision of one notice as a CAP 1.2 alert")
	@ApiResponse(responseCode = "200", description = "A CAP 1.2 alert",
			content = @Content(mediaType = "application/cap+xml"))
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<String>> alert(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String id) {
		return this.notices.find(id)
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(id)))
			.flatMap(this::withAreaNames)
			.map((alert) -> ResponseEntity.ok().contentType(CAP).body(this.writer.alert(alert)));
	}

	private Mono<CapWriter.Alert> withAreaNames(Notice notice) {
		return Flux.fromIterable(notice.areaCodes())
			.concatMap(this.directory::nameOf)
			.collectList()
			.map((names) -> new CapWriter.Alert(notice, names));
	}

}
