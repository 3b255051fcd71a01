package gov.maservice.gateway.resilience;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The last-good-copy cache of guide pages served while catalog-service is down.
 *
 * @param maxEntries the most pages one replica keeps in memory (least recently used go
 * first)
 * @param maxTotalSize the most bytes of pages one replica keeps in memory
 * @param maxPageSize larger pages are not kept at all
 * @param persist also keep copies in MongoDB, so a restarted or new replica can serve
 * them
 * @param persistInterval an unchanged page is written to MongoDB at most this often (a
 * changed one at once), so a popular page does not cost a database write per view
 * @param retryAfter the {@code Retry-After} sent with fallback answers
 */
@ConfigurationProperties("gateway.page-cache")
@Validated
public record PageCacheProperties(@Positive int maxEntries, @NotNull DataSize maxTotalSize,
		@NotNull DataSize maxPageSize, boolean persist, @NotNull Duration persistInterval,
		@NotNull Duration retryAfter) {
}
