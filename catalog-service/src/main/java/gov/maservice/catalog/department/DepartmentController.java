package gov.maservice.catalog.department;

import java.util.List;

import gov.maservice.catalog.guide.Codes;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

/** The departments of the hall, public. */
@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "Departments stationed in the district service hall")
class DepartmentController {

	private final Departments departments;

	DepartmentController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "All departments, ordered by code")
	@ApiResponse(responseCode = "200", description = "The departments")
	List<Department> list() {
		return this.departments.findAll();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One department")
	@ApiResponse(responseCode = "200", description = "The department")
	@ApiResponse(responseCode = "404", description = "Unknown code",
			content = @Content(mediaType = "application/problem+json"))
	Department get(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code) {
		return this.departments.findByCode(code).orElseThrow(() -> Problems.notFound("Department", code));
	}

	@PutMapping("/{code}")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create or change a department",
			description = "A new department or a changed name is announced on catalog.directory-events.v1 "
					+ "(posters and boards pick it up). The body's code must be the path's code. Role: ADMIN.")
	@ApiResponse(responseCode = "200", description = "The stored department")
	@ApiResponse(responseCode = "400", description = "Invalid fields",
			content = @Content(mediaType = "application/problem+json"))
	Department put(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@Valid @RequestBody DepartmentData data) {
		if (!code.equals(data.code())) {
			throw Problems.invalid("The body's code must be the path's code",
					List.of(new FieldMessage("code", "must be '" + code + "'")));
		}
		return this.departments.save(data);
	}

}
