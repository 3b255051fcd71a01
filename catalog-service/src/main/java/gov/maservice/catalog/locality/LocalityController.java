package gov.maservice.catalog.locality;

import java.util.List;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The localities of the district as a flat list with parent codes, public. */
@RestController
@RequestMapping("/api/v1/localities")
@Tag(name = "Localities", description = "Towns, streets, villages and communities offering delegated items")
class LocalityController {

	private final Localities localities;

	LocalityController(Localities localities) {
		this.localities = localities;
	}

	@GetMapping
	@Operation(summary = "Localities, flat, ordered by code",
			description = "Each names its parentCode and level; ?parent= keeps the direct children of one locality "
					+ "(the district code lists the town and the street).")
	@ApiResponse(responseCode = "200", description = "The localities")
	@ApiResponse(responseCode = "400", description = "Malformed parent code",
			content = @Content(mediaType = "application/problem+json"))
	List<Locality> list(@Parameter(description = "parent code", example = "410471100000") @RequestParam(
			required = false) @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String parent) {
		return (parent != null) ? this.localities.findChildren(parent) : this.localities.findAll();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One locality")
	@ApiResponse(responseCode = "200", description = "The locality")
	@ApiResponse(responseCode = "404", description = "Unknown code",
			content = @Content(mediaType = "application/problem+json"))
	Locality get(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code) {
		return this.localities.findByCode(code).orElseThrow(() -> Problems.notFound("Locality", code));
	}

	@PutMapping("/{code}")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create or change a locality",
			description = "A new locality or a changed name is announced on catalog.directory-events.v1 "
					+ "(posters and boards pick it up). The body's code must be the path's code. Role: ADMIN.")
	@ApiResponse(responseCode = "200", description = "The stored locality")
	@ApiResponse(responseCode = "400", description = "Invalid fields",
			content = @Content(mediaType = "application/problem+json"))
	Locality put(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@Valid @RequestBody LocalityData data) {
		if (!code.equals(data.code())) {
			throw Problems.invalid("The body's code must be the path's code",
					List.of(new FieldMessage("code", "must be '" + code + "'")));
		}
		return this.localities.save(data);
	}

}
