package gov.maservice.gateway.resilience;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A guide page as last served successfully.
 *
 * @param code the item code of {@code /g/{code}}
 * @param html the page
 * @param contentType the page's content type, e.g. {@code text/html;charset=UTF-8}
 * @param storedAt when catalog-service last served it
 */
@Document("guide_page_copies")
record StoredPageCopy(@Id String code, String html, String contentType, Instant storedAt) {
}
