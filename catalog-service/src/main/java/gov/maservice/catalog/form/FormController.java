package gov.maservice.catalog.form;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.gridfs.model.GridFSFile;
import gov.maservice.catalog.config.CatalogProperties;
import gov.maservice.catalog.guide.Codes;
import gov.maservice.catalog.item.CatalogItem;
import gov.maservice.catalog.item.ItemService;
import gov.maservice.catalog.security.Actor;
import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;
import gov.maservice.platform.validation.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Forms (所需表格): admins upload blank forms and filled-in samples per item, citizens
 * download them with their original file names.
 */
@RestController
@Tag(name = "Forms", description = "Blank forms and samples to download (所需表格)")
class FormController {

	private static final String PROBLEM = "application/problem+json";

	private static final String OBJECT_ID = "[0-9a-f]{24}";

	private final GridFsTemplate gridFs;

	private final Forms forms;

	private final ItemService items;

	private final long maxSize;

	FormController(GridFsTemplate gridFs, Forms forms, ItemService items, CatalogProperties properties) {
		this.gridFs = gridFs;
		this.forms = forms;
		this.items = items;
		this.maxSize = properties.forms().maxSize().toBytes();
	}

	@PostMapping(path = "/api/v1/items/{code}/forms", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Upload a blank form or a sample for an item",
			description = "Multipart fields: file (pdf, doc, docx, xls, xlsx, png, jpg; extension and content must "
					+ "agree), kind (BLANK or SAMPLE), name (display name, e.g. the material's formName). "
					+ "Size limit catalog.forms.max-size (default 10 MB). Roles: EDITOR (own departments), PUBLISHER, ADMIN.")
	@ApiResponse(responseCode = "201", description = "Stored; Location is the download link")
	@ApiResponse(responseCode = "400", description = "Type not allowed, empty file or bad fields",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "Unknown item", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = PROBLEM))
	ResponseEntity<FormSummary> upload(
			@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
			@RequestPart("file") MultipartFile file,
			@Parameter(description = "BLANK or SAMPLE") @RequestParam(defaultValue = "BLANK") FormKind kind, @Parameter(
					description = "display name") @RequestParam @NotBlank @Size(max = 200) @SingleLineText String name)
			throws IOException {
		CatalogItem item = this.items.get(code);
		Actor actor = Actor.current();
		if (!actor.mayEdit(item.departmentCode())) {
			throw Problems.forbidden("Editor '" + actor.subject() + "' may not change forms of department '"
					+ item.departmentCode() + "'");
		}
		if (file.getSize() > this.maxSize) {
			throw Problems.tooLarge("The file exceeds the limit of " + this.maxSize + " bytes");
		}
		if (file.isEmpty()) {
			throw Problems.invalid("The file is empty", List.of(new FieldMessage("file", "must not be empty")));
		}
		String filename = sanitize(file.getOriginalFilename());
		FormType type;
		try (InputStream input = file.getInputStream()) {
			type = FormType.detect(filename, input.readNBytes(8))
				.orElseThrow(() -> Problems.invalid("This file type is not accepted", List
					.of(new FieldMessage("file", "must be one of " + FormType.ACCEPTED + " with matching content"))));
		}
		Document metadata = new Document("itemCode", code).append("kind", kind.name())
			.append("name", name.strip())
			.append("uploadedBy", actor.subject());
		ObjectId id;
		try (InputStream input = file.getInputStream()) {
			id = this.gridFs.store(input, filename, type.contentType(), metadata);
		}
		FormSummary summary = Forms.summary(this.gridFs.findOne(Query.query(where("_id").is(id))));
		return ResponseEntity.created(URI.create(summary.downloadPath())).body(summary);
	}

	@GetMapping("/api/v1/items/{code}/forms")
	@Operation(summary = "The forms of an item")
	@ApiResponse(responseCode = "200", description = "The forms, in upload order")
	List<FormSummary> list(@PathVariable @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code) {
		this.items.get(code);
		return this.forms.findByItem(code);
	}

	@GetMapping("/api/v1/forms/{id}")
	@Operation(summary = "Download a form with its original file name",
			description = "Content-Disposition names the file (UTF-8 filename*), so Chinese names survive.")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "404", description = "Unknown form", content = @Content(mediaType = PROBLEM))
	ResponseEntity<InputStreamResource> download(
			@PathVariable @Pattern(regexp = OBJECT_ID, message = "must be a form id") String id) throws IOException {
		GridFSFile file = find(id);
		GridFsResource resource = this.gridFs.getResource(file);
		Document metadata = (file.getMetadata() != null) ? file.getMetadata() : new Document();
		String contentType = metadata.getString("_contentType");
		Instant uploaded = file.getUploadDate().toInstant();
		return ResponseEntity.ok()
			.contentType(
					(contentType != null) ? MediaType.parseMediaType(contentType) : MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.getLength())
			.lastModified(uploaded)
			.eTag("\"" + id + "\"")
			.cacheControl(CacheControl.noCache().cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFilename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(resource.getInputStream()));
	}

	@DeleteMapping("/api/v1/forms/{id}")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Delete a form", description = "Role: ADMIN.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "Unknown form", content = @Content(mediaType = PROBLEM))
	ResponseEntity<Void> delete(@PathVariable @Pattern(regexp = OBJECT_ID, message = "must be a form id") String id) {
		find(id);
		this.gridFs.delete(Query.query(where("_id").is(new ObjectId(id))));
		return ResponseEntity.noContent().build();
	}

	private GridFSFile find(String id) {
		GridFSFile file = this.gridFs.findOne(Query.query(where("_id").is(new ObjectId(id))));
		if (file == null) {
			throw Problems.notFound("Form", id);
		}
		return file;
	}

	/**
	 * Keeps the last path segment and drops control characters, so the name is safe in
	 * headers and pages.
	 */
	private static String sanitize(String original) {
		String name = (original != null) ? original : "form";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int[] kept = name.codePoints().filter((c) -> !Character.isISOControl(c) && c != '"').toArray();
		String clean = new String(kept, 0, kept.length).strip();
		if (clean.length() > 200) {
			clean = clean.substring(clean.length() - 200);
		}
		return clean.isEmpty() ? "form" : clean;
	}

}
