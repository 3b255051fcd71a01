package gov.maservice.qr.poster;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk export of every department's and locality's poster into one ZIP (role
 * {@code PUBLISHER} or {@code ADMIN}): start it, poll its progress, download it.
 */
@RestController
@RequestMapping("/api/v1/posters/exports")
@Tag(name = "Posters")
@SecurityRequirement(name = "bearer-jwt")
class PosterExportController {

	private final PosterExportService exports;

	PosterExportController(PosterExportService exports) {
		this.exports = exports;
	}

	@PostMapping
	@Operation(summary = "Start a bulk export of all posters",
			description = "Answers at once; poll the Location for progress.")
	@ApiResponse(responseCode = "202",
			description = "`{\"id\":\"…\",\"status\":\"QUEUED\",\"paper\":\"A4\",\"total\":0,\"done\":0,\"percent\":0,…}`")
	@ApiResponse(responseCode = "400", description = "unknown paper")
	@ApiResponse(responseCode = "401", description = "no valid token")
	@ApiResponse(responseCode = "403", description = "token lacks ADMIN or PUBLISHER")
	@ApiResponse(responseCode = "503", description = "too many exports queued")
	ResponseEntity<ExportView> start(@Parameter(example = "A4") @RequestParam(defaultValue = "A4") Paper paper,
			Principal principal) {
		PosterExport export = this.exports.start(paper, principal.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/posters/exports/" + export.id()))
			.body(ExportView.of(export));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Progress of a bulk export")
	@ApiResponse(responseCode = "200",
			description = "status QUEUED, RUNNING, DONE (with downloadUrl) or FAILED (with error)")
	@ApiResponse(responseCode = "404", description = "unknown export")
	ExportView progress(@PathVariable String id) {
		return ExportView.of(find(id));
	}

	@GetMapping("/{id}/download")
	@Operation(summary = "Download a finished bulk export",
			description = "application/zip: departments/{code}-{name}.pdf and localities/{code}-{name}.pdf")
	@ApiResponse(responseCode = "200", description = "the ZIP")
	@ApiResponse(responseCode = "404", description = "unknown export")
	@ApiResponse(responseCode = "409", description = "the export is not finished")
	ResponseEntity<Resource> download(@PathVariable String id) throws IOException {
		PosterExport export = find(id);
		if (export.status() != PosterExport.Status.DONE) {
			throw problem(HttpStatus.CONFLICT, "The export is " + export.status() + ", not DONE.");
		}
		GridFsResource file = this.exports.download(export);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(export.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("posters-" + export.paper() + "-" + id + ".zip")
						.build()
						.toString())
			.body(new InputStreamResource(file.getInputStream()));
	}

	private PosterExport find(String id) {
		return this.exports.find(id)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No poster export has the id " + id + "."));
	}

	private static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	/**
	 * An export as clients see it.
	 *
	 * @param id export id
	 * @param status QUEUED, RUNNING, DONE or FAILED
	 * @param paper A4 or A3
	 * @param total posters to write (known once running)
	 * @param done posters written
	 * @param percent progress 0-100
	 * @param createdAt when it was asked for
	 * @param updatedAt last progress
	 * @param finishedAt when it finished or failed
	 * @param sizeBytes size of the ZIP
	 * @param downloadUrl where to fetch the ZIP once DONE
	 * @param error why it failed
	 */
	record ExportView(String id, PosterExport.Status status, Paper paper, int total, int done, int percent,
			Instant createdAt, Instant updatedAt, Instant finishedAt, long sizeBytes, String downloadUrl,
			String error) {

		static ExportView of(PosterExport export) {
			int percent = (export.status() == PosterExport.Status.DONE) ? 100
					: (export.total() > 0) ? (int) (100L * export.done() / export.total()) : 0;
			String download = (export.status() == PosterExport.Status.DONE)
					? "/api/v1/posters/exports/" + export.id() + "/download" : null;
			return new ExportView(export.id(), export.status(), export.paper(), export.total(), export.done(), percent,
					export.createdAt(), export.updatedAt(), export.finishedAt(), export.sizeBytes(), download,
					export.error());
		}

	}

}
