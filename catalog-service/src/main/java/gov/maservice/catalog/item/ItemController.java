package gov.maservice.catalog.item;

import java.net.URI;

import gov.maservice.catalog.config.ApiExamples;
import gov.maservice.catalog.guide.Codes;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.guide.ItemType;
import gov.maservice.catalog.security.Actor;
import gov.maservice.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin API of items: list, create, edit the draft, publish, withdraw, history. */
@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = """
		Service items and their editions. Anonymous reads show published items only, without drafts or staff \
		user names; staff tokens see drafts and history. Writes need a bearer token.""")
class ItemController {

	private static final String PROBLEM = "application/problem+json";

	private final ItemService items;

	private final ItemQueries queries;

	ItemController(ItemService items, ItemQueries queries) {
		this.items = items;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List items (paged, ordered by code)",
			description = "Filters combine with AND; each is an exact code or constant. Without a staff token "
					+ "(EDITOR, PUBLISHER, ADMIN) only published and withdrawn items are listed, as published.")
	@ApiResponse(responseCode = "200", description = "A page of item summaries")
	@ApiResponse(responseCode = "400", description = "A malformed filter (e.g. {\"$gt\":\"\"})",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.INVALID)))
	ItemPage list(
			@Parameter(description = "department code", example = "scjgj") @RequestParam(required = false) @Pattern(
					regexp = Codes.REGEX, message = Codes.MESSAGE) String department,
			@Parameter(description = "locality code", example = "410471100201") @RequestParam(
					required = false) @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String locality,
			@Parameter(description = "item type") @RequestParam(required = false) ItemType itemType,
			@Parameter(description = "status") @RequestParam(required = false) ItemStatus status,
			@Parameter(description = "page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "page size") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		boolean staff = Actor.find().map(Actor::isStaff).orElse(false);
		return this.queries.list(department, locality, itemType, status, page, size, !staff);
	}

	@PostMapping
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create an item with a draft edition",
			description = "The body is a complete guide (docs/GUIDE-MODEL.md); its code becomes the item code. "
					+ "Roles: EDITOR (own departments), PUBLISHER, ADMIN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(value = ApiExamples.GUIDE))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the item")
	@ApiResponse(responseCode = "400", description = "Incomplete guide, every bad field listed",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.INVALID)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.UNAUTHORIZED)))
	@ApiResponse(responseCode = "403", description = "Role or department not allowed",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.FORBIDDEN)))
	@ApiResponse(responseCode = "409", description = "An item with this code exists",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<ItemView> create(@Valid @RequestBody Guide guide) {
		CatalogItem item = this.items.create(guide, Actor.current());
		return ResponseEntity.created(URI.create("/api/v1/items/" + item.code())).body(ItemView.of(item));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One item with its draft and published editions",
			description = "Staff who may edit the item (EDITOR of its department, PUBLISHER, ADMIN) see the draft and "
					+ "who did what; everyone else sees the published edition only, without user names, and 404 for "
					+ "an item never published.")
	@ApiResponse(responseCode = "200", description = "The item")
	@ApiResponse(responseCode = "404", description = "Unknown code, or never published and no staff token",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
	ItemView get(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code) {
		CatalogItem item = this.items.get(code);
		if (mayEdit(item)) {
			return ItemView.of(item);
		}
		if (item.published() == null) {
			throw Problems.notFound("Item", code);
		}
		return ItemView.publicOf(item);
	}

	@PutMapping("/{code}/draft")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Replace the draft edition",
			description = "Body: {\"version\": <revision you saw>, \"guide\": <complete guide>}. Creates a draft for a "
					+ "published item; the draft becomes the next edition when published. "
					+ "Roles: EDITOR (own departments), PUBLISHER, ADMIN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(value = ApiExamples.SAVE_DRAFT))))
	@ApiResponse(responseCode = "200", description = "The item after the change")
	@ApiResponse(responseCode = "400", description = "Incomplete guide",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.INVALID)))
	@ApiResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "Stale version",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.STALE)))
	ItemView saveDraft(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@Valid @RequestBody ItemRequests.SaveDraft request) {
		return ItemView.of(this.items.saveDraft(code, request.version(), request.guide(), Actor.current()));
	}

	@PostMapping("/{code}/publish")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Publish the draft as the next edition",
			description = "MAJOR needs a changeNote, bumps lastUpdated and emits a notifiable event; MINOR does neither "
					+ "but is still announced (gov.guide.updated.v1, updateType MINOR). The first publication is MAJOR. "
					+ "Roles: PUBLISHER, ADMIN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = { @ExampleObject(name = "major", value = ApiExamples.PUBLISH_MAJOR),
							@ExampleObject(name = "minor", value = ApiExamples.PUBLISH_MINOR) })))
	@ApiResponse(responseCode = "200", description = "The item after publication")
	@ApiResponse(responseCode = "400", description = "Missing change note or bad update type",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.INVALID)))
	@ApiResponse(responseCode = "403", description = "Not a publisher",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.FORBIDDEN)))
	@ApiResponse(responseCode = "409", description = "Stale version or nothing to publish",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.STALE)))
	ItemView publish(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@Valid @RequestBody ItemRequests.Publish request) {
		return ItemView.of(this.items.publish(code, request.version(), request.updateType(), request.changeNote(),
				Actor.current()));
	}

	@PostMapping("/{code}/withdraw")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Withdraw the published guide",
			description = "The guide stays resolvable with a banner and the reason. Roles: PUBLISHER, ADMIN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(value = ApiExamples.WITHDRAW))))
	@ApiResponse(responseCode = "200", description = "The item after withdrawal")
	@ApiResponse(responseCode = "409", description = "Stale version or not published",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.STALE)))
	ItemView withdraw(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@Valid @RequestBody ItemRequests.Withdraw request) {
		return ItemView.of(this.items.withdraw(code, request.version(), request.reason(), Actor.current()));
	}

	@GetMapping("/{code}/history")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Published editions and the audit trail (who did what and when)",
			description = "Roles: EDITOR (own departments), PUBLISHER, ADMIN. Citizens read the change notes in the "
					+ "published guide (GET /api/v1/items/{code}/guide).")
	@ApiResponse(responseCode = "200", description = "The history")
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.UNAUTHORIZED)))
	@ApiResponse(responseCode = "403", description = "Role or department not allowed",
			content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ApiExamples.FORBIDDEN)))
	@ApiResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = PROBLEM))
	ItemHistory history(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code) {
		if (Actor.find().isEmpty()) {
			throw unauthorized();
		}
		CatalogItem item = this.items.get(code);
		if (!mayEdit(item)) {
			throw Problems.forbidden("Only staff who may edit this item see its history");
		}
		return new ItemHistory(item.code(), item.version(), item.history(), item.audit());
	}

	/**
	 * Whether the caller may see drafts and audit of the item: a staff token allowed to
	 * edit it.
	 */
	private static boolean mayEdit(CatalogItem item) {
		return Actor.find()
			.filter((actor) -> actor.mayEdit(item.departmentCode())
					|| (item.published() != null && actor.mayEdit(item.published().guide().departmentCode())))
			.isPresent();
	}

	private static ErrorResponseException unauthorized() {
		ErrorResponseException problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
				"A valid bearer token from POST /api/v1/auth/token is required");
		problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return problem;
	}

}
