package gov.maservice.qr.poster;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bulk export of every department's and locality's poster. Its progress lives in the
 * store, so any replica can report it; the finished ZIP lives in GridFS, so any replica
 * can serve it.
 *
 * @param id export id (UUID)
 * @param status where it stands
 * @param paper paper of every poster in it
 * @param total posters to write
 * @param done posters written
 * @param requestedBy subject of the admin token that asked for it
 * @param createdAt when it was asked for
 * @param updatedAt last progress; a running export that stops moving is reported failed
 * @param finishedAt when it finished or failed
 * @param fileId GridFS id of the ZIP once done
 * @param sizeBytes size of the ZIP
 * @param error why it failed
 */
@Document("poster_exports")
record PosterExport(@Id String id, Status status, Paper paper, int total, int done, String requestedBy,
		Instant createdAt, Instant updatedAt, Instant finishedAt, String fileId, long sizeBytes, String error) {

	/** States of an export. */
	enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

}
