package gov.maservice.qr.poster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import gov.maservice.qr.config.QrProperties;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Runs bulk exports on a small dedicated executor (exports are heavy and rare; the queue
 * is short and a full queue answers 503). Progress is written to the store after every
 * poster.
 */
@Service
class PosterExportService {

	private static final Logger logger = LoggerFactory.getLogger(PosterExportService.class);

	private final MongoTemplate mongoTemplate;

	private final GridFsTemplate gridFs;

	private final PosterService posters;

	private final PosterRenderer renderer;

	private final Executor executor;

	private final QrProperties properties;

	PosterExportService(MongoTemplate mongoTemplate, GridFsTemplate gridFs, PosterService posters,
			PosterRenderer renderer, @Qualifier(PosterConfiguration.EXPORT_EXECUTOR) Executor executor,
			QrProperties properties) {
		this.mongoTemplate = mongoTemplate;
		this.gridFs = gridFs;
		this.posters = posters;
		this.renderer = renderer;
		this.executor = executor;
		this.properties = properties;
	}

	PosterExport start(Paper paper, String user) {
		Instant now = Instant.now();
		PosterExport export = this.mongoTemplate.insert(new PosterExport(UUID.randomUUID().toString(),
				PosterExport.Status.QUEUED, paper, 0, 0, user, now, now, null, null, 0, null));
		try {
			this.executor.execute(() -> run(export.id(), paper));
		}
		catch (RejectedExecutionException ex) {
			fail(export.id(), "too many exports at once");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"Too many exports are running; try again in a minute.");
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, ex);
		}
		return export;
	}

	/**
	 * The export as it stands; a running export whose progress stopped is reported
	 * failed.
	 */
	Optional<PosterExport> find(String id) {
		return Optional.ofNullable(this.mongoTemplate.findById(id, PosterExport.class)).map((export) -> {
			boolean active = export.status() == PosterExport.Status.QUEUED
					|| export.status() == PosterExport.Status.RUNNING;
			if (active
					&& export.updatedAt().plus(this.properties.poster().exportStaleAfter()).isBefore(Instant.now())) {
				return new PosterExport(export.id(), PosterExport.Status.FAILED, export.paper(), export.total(),
						export.done(), export.requestedBy(), export.createdAt(), export.updatedAt(), null, null, 0,
						"the export stopped making progress (its instance stopped)");
			}
			return export;
		});
	}

	GridFsResource download(PosterExport export) {
		return this.gridFs
			.getResource(this.gridFs.findOne(Query.query(where("_id").is(new ObjectId(export.fileId())))));
	}

	void run(String id, Paper paper) {
		Path file = null;
		try {
			List<PosterZipWriter.NamedPoster> all = plan();
			update(id, new Update().set("status", PosterExport.Status.RUNNING).set("total", all.size()));
			file = Files.createTempFile("posters-", ".zip");
			try (OutputStream out = Files.newOutputStream(file)) {
				PosterZipWriter.write(all, paper, this.renderer, out,
						(done) -> update(id, new Update().set("done", done)));
			}
			long size = Files.size(file);
			ObjectId fileId;
			try (InputStream in = Files.newInputStream(file)) {
				fileId = this.gridFs.store(in, "posters-" + id + ".zip", "application/zip");
			}
			update(id,
					new Update().set("status", PosterExport.Status.DONE)
						.set("fileId", fileId.toHexString())
						.set("sizeBytes", size)
						.set("finishedAt", Instant.now()));
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Poster export {} failed", id, ex);
			fail(id, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					logger.warn("Could not delete {}", file, ex);
				}
			}
		}
	}

	private List<PosterZipWriter.NamedPoster> plan() {
		List<PosterZipWriter.NamedPoster> all = new ArrayList<>();
		this.posters.departments()
			.forEach((department) -> all.add(new PosterZipWriter.NamedPoster(
					"departments/" + department.code() + "-" + department.name() + ".pdf",
					() -> this.posters.departmentContent(department.code()).orElse(null))));
		this.posters.localities()
			.forEach((locality) -> all
				.add(new PosterZipWriter.NamedPoster("localities/" + locality.code() + "-" + locality.name() + ".pdf",
						() -> this.posters.localityContent(locality.code()).orElse(null))));
		return all;
	}

	private void fail(String id, String error) {
		update(id,
				new Update().set("status", PosterExport.Status.FAILED)
					.set("error", error)
					.set("finishedAt", Instant.now()));
	}

	private void update(String id, Update update) {
		this.mongoTemplate.updateFirst(Query.query(where("_id").is(id)), update.set("updatedAt", Instant.now()),
				PosterExport.class);
	}

}
