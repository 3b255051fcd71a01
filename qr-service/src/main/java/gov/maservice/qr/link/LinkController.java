package gov.maservice.qr.link;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import gov.maservice.platform.validation.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

import gov.maservice.platform.problem.Problems;

/**
 * Admin API of short links (role {@code PUBLISHER} or {@code ADMIN}). Catalog links are
 * minted by the service and follow the catalog; custom links (e.g. the provincial portal)
 * are created here and their target can be changed later without reprinting.
 */
@RestController
@RequestMapping("/api/v1/links")
@Tag(name = "Short links")
@SecurityRequirement(name = "bearer-jwt")
class LinkController {

	private final LinkService links;

	private final LinkTargetPolicy targets;

	LinkController(LinkService links, LinkTargetPolicy targets) {
		this.links = links;
		this.targets = targets;
	}

	@PostMapping
	@Operation(summary = "Create a custom short link",
			description = "Example body: `{\"title\":\"河南政务服务网\",\"target\":\"https://www.hnzwfw.gov.cn/\"}`. "
					+ "The target is a path on this site (`/g/{item}`, resolved against the public address when "
					+ "scanned) or an absolute http(s) URL whose host is this site's or on `qr.links.allowed-hosts`.")
	@ApiResponse(responseCode = "201", description = "created; Location: /api/v1/links/{token}")
	@ApiResponse(responseCode = "400",
			description = "missing title, target not an http(s) URL or path, or its host not on the allow-list (problem detail with errors)")
	@ApiResponse(responseCode = "401", description = "no valid token")
	@ApiResponse(responseCode = "403", description = "token lacks ADMIN or PUBLISHER")
	ResponseEntity<LinkView> create(@Valid @RequestBody CustomLinkRequest request, Principal principal) {
		String target = this.targets.checked("target", request.target());
		ShortLink link = this.links.createCustom(request.title().strip(), target, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/links/" + link.token())).body(view(link));
	}

	@PutMapping("/{token}")
	@Operation(summary = "Change a custom link's target and title",
			description = "The token (and so every printed code) stays the same. Catalog links cannot be changed: they follow the catalog.")
	@ApiResponse(responseCode = "200", description = "the changed link")
	@ApiResponse(responseCode = "400", description = "invalid body, or target not allowed (problem detail)")
	@ApiResponse(responseCode = "404", description = "unknown token")
	@ApiResponse(responseCode = "409", description = "the token belongs to a catalog link")
	LinkView update(@PathVariable String token, @Valid @RequestBody CustomLinkRequest request, Principal principal) {
		String target = this.targets.checked("target", request.target());
		ShortLink existing = this.links.find(token).orElseThrow(() -> notFound(token));
		if (existing.kind() != LinkKind.CUSTOM) {
			throw Problems.conflict("Catalog links follow the catalog and cannot be redirected.");
		}
		return this.links.updateCustom(token, request.title().strip(), target, principal.getName())
			.map(this::view)
			.orElseThrow(() -> notFound(token));
	}

	@GetMapping("/{token}")
	@Operation(summary = "One short link")
	@ApiResponse(responseCode = "200", description = "the link with its current target and image URLs")
	@ApiResponse(responseCode = "404", description = "unknown token (problem detail)")
	LinkView get(@Parameter(example = "k7m2x9qa") @PathVariable String token) {
		return this.links.find(token).map(this::view).orElseThrow(() -> notFound(token));
	}

	@GetMapping
	@Operation(summary = "List short links", description = "Oldest first, optionally only one kind.")
	@ApiResponse(responseCode = "200",
			description = "`{\"content\":[...],\"page\":0,\"size\":50,\"totalElements\":1073}`")
	@ApiResponse(responseCode = "400", description = "unknown kind, page or size out of range")
	LinkPage list(@RequestParam(required = false) LinkKind kind,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		List<LinkView> content = this.links.list(kind, page, size).stream().map(this::view).toList();
		return new LinkPage(content, page, size, this.links.count(kind));
	}

	private LinkView view(ShortLink link) {
		String image = this.links.publicUrl("/api/v1/qr/links/" + link.token());
		return new LinkView(link.token(), link.kind(), link.targetCode(), link.localityCode(), this.links.title(link),
				this.links.targetUrl(link), this.links.shortUrl(link.token()), image + ".png", image + ".svg",
				link.createdAt(), link.updatedAt());
	}

	private static ErrorResponseException notFound(String token) {
		return Problems.notFound("Short link", token);
	}

	/**
	 * A custom link as an admin writes it.
	 *
	 * @param title what the link is, shown as the caption under its code
	 * @param target where a scan redirects to: a path on this site or an http(s) URL on
	 * an allowed host
	 */
	record CustomLinkRequest(@Schema(example = "河南政务服务网") @NotBlank @Size(max = 100) @SingleLineText String title,
			@Schema(example = "https://www.hnzwfw.gov.cn/") @NotBlank @Size(max = 2000) @SingleLineText String target) {
	}

	/**
	 * A short link as admins see it.
	 *
	 * @param token the token
	 * @param kind what it points at
	 * @param targetCode catalog code, {@code null} for custom links
	 * @param localityCode locality of an item code printed for a locality
	 * @param title current catalog name or custom title
	 * @param target where a scan goes now
	 * @param shortUrl what the QR code encodes
	 * @param pngUrl the code as PNG
	 * @param svgUrl the code as SVG
	 * @param createdAt when minted
	 * @param updatedAt last change
	 */
	record LinkView(String token, LinkKind kind, String targetCode, String localityCode, String title, String target,
			String shortUrl, String pngUrl, String svgUrl, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * A page of links.
	 *
	 * @param content the links
	 * @param page page number from 0
	 * @param size page size
	 * @param totalElements links in total (of the kind asked for)
	 */
	record LinkPage(List<LinkView> content, int page, int size, long totalElements) {
	}

}
