package gov.maservice.catalog.form;

import java.time.Instant;

/**
 * A downloadable form (所需表格) of an item, as pages and the API list it.
 *
 * @param id file id, used in {@code GET /api/v1/forms/{id}}
 * @param itemCode the item it belongs to
 * @param name display name, usually the material's {@code formName}
 * @param kind blank form or filled-in sample
 * @param filename original file name
 * @param contentType MIME type
 * @param size bytes
 * @param uploadedAt upload time
 * @param downloadPath relative download link
 */
public record FormSummary(String id, String itemCode, String name, FormKind kind, String filename, String contentType,
		long size, Instant uploadedAt, String downloadPath) {
}
