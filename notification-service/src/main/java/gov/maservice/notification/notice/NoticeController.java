package gov.maservice.notification.notice;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.security.Roles;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices, aligned with CAP 1.2. A notice keeps one id for its whole life; an update or a
 * cancel is a new revision of it ({@code version} + 1, {@code msgType} Update or Cancel,
 * {@code references} = the notice id), issued either CAP-style
 * ({@code POST /api/v1/notices} with {@code msgType} and {@code references}) or with
 * {@code PUT /api/v1/notices/{id}} and {@code POST /api/v1/notices/{id}/cancel}.
 */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "notices", description = "Notices for LED boards (CAP 1.2 aligned)")
class NoticeController {

	private final NoticeService notices;

	private final LocalityDirectory directory;

	private final Clock clock;

	NoticeController(NoticeService notices, LocalityDirectory directory, Clock clock) {
		this.notices = notices;
		this.directory = directory;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Issue a notice, or update/cancel one CAP-style", description = """
			msgType Alert (default) issues a new notice and answers 201 with its Location. msgType Update or \
			Cancel with references=<notice id> changes that notice and answers 200. Urgency Immediate with \
			severity Extreme or Severe makes the notice urgent (an emergency broadcast that interrupts the \
			boards' loop); without expires it then expires after the configured urgent validity (2 h by default).""",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "201", description = "Issued")
	@ApiResponse(responseCode = "200", description = "Updated or cancelled (msgType Update/Cancel)")
	@ApiResponse(responseCode = "400",
			description = "Invalid: unknown locality, expires before effective, headline over 140 characters, body too large",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Token lacks role PUBLISHER or ADMIN",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Update/Cancel of an unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "The referenced notice is cancelled, expired or changed concurrently",
			content = @Content(mediaType = "application/problem+json"))
	Mono<ResponseEntity<NoticeView>> submit(@Valid @RequestBody NoticeRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		return this.notices.submit(request, jwt.getSubject()).map((notice) -> {
			NoticeView view = NoticeView.of(notice, this.clock.instant());
			if (notice.version() == 1) {
				return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(view);
			}
			return ResponseEntity.ok(view);
		});
	}

	@GetMapping
	@Operation(summary = "List notices, newest first",
			description = "Filters combine: inForce=true (on boards now) or false (scheduled, expired or cancelled); area = notices reaching that locality (addressed to it or to an enclosing town or the district); status.")
	@ApiResponse(responseCode = "200", description = "A page of notices")
	@ApiResponse(responseCode = "400", description = "Invalid filter",
			content = @Content(mediaType = "application/problem+json"))
	Mono<NoticePage> list(@RequestParam(required = false) Boolean inForce,
			@Parameter(description = "Locality code, e.g. 410471100201") @RequestParam(required = false) @Pattern(
					regexp = LocalityDirectory.CODE_PATTERN) String area,
			@RequestParam(required = false) NoticeStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @AuthenticationPrincipal Jwt jwt) {
		Mono<List<String>> path = (area != null) ? this.directory.pathOf(area) : Mono.just(List.of());
		return path.flatMap((codes) -> this.notices.list(inForce, (area != null) ? codes : null, status, page, size)
			.map((notice) -> NoticeView.of(notice, this.clock.instant(), isStaff(jwt)))
			.collectList()
			.map((items) -> new NoticePage(items, page, size)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One notice with its current phase (SCHEDULED, IN_FORCE, EXPIRED, CANCELLED)")
	@ApiResponse(responseCode = "200", description = "The notice")
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	Mono<NoticeView> get(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String id,
			@AuthenticationPrincipal Jwt jwt) {
		return this.notices.find(id)
			.switchIfEmpty(Mono.error(() -> NoticeProblems.notFound(id)))
			.map((notice) -> NoticeView.of(notice, this.clock.instant(), isStaff(jwt)));
	}

	/**
	 * Staff who manage notices see who issued them; everyone else reads the notice only.
	 */
	private static boolean isStaff(Jwt jwt) {
		List<String> roles = (jwt != null) ? jwt.getClaimAsStringList(Roles.CLAIM) : null;
		return roles != null && (roles.contains(Roles.ADMIN) || roles.contains(Roles.PUBLISHER));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a notice (new revision, msgType Update)",
			description = "Replaces the content; boards show the new version at once (or at its new effective time).",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "Updated")
	@ApiResponse(responseCode = "400", description = "Invalid",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Cancelled, expired or changed concurrently",
			content = @Content(mediaType = "application/problem+json"))
	Mono<NoticeView> update(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String id,
			@Valid @RequestBody NoticeRequest request, @AuthenticationPrincipal Jwt jwt) {
		return this.notices.update(id, request, jwt.getSubject())
			.map((notice) -> NoticeView.of(notice, this.clock.instant()));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a notice (new revision, msgType Cancel)", description = "Boards drop it at once.",
			security = @SecurityRequirement(name = "adminJwt"))
	@ApiResponse(responseCode = "200", description = "Cancelled")
	@ApiResponse(responseCode = "404", description = "Unknown notice",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Already cancelled or expired",
			content = @Content(mediaType = "application/problem+json"))
	Mono<NoticeView> cancel(@PathVariable @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String id,
			@AuthenticationPrincipal Jwt jwt) {
		return this.notices.cancel(id, jwt.getSubject()).map((notice) -> NoticeView.of(notice, this.clock.instant()));
	}

	/**
	 * One page of notices.
	 *
	 * @param items the notices
	 * @param page zero-based page number
	 * @param size page size asked for
	 */
	record NoticePage(List<NoticeView> items, int page, int size) {
	}

}
