package gov.maservice.catalog.search;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of guide search ({@code catalog.search.*}).
 *
 * @param defaultPageSize hits per page when the client names none: a phone screen's worth
 * @param maxPageSize largest page a client may ask for, so one request cannot make the
 * service serialize the whole catalog
 * @param maxPage highest zero-based page number accepted; nobody pages that deep, a
 * crawler that tries should stop
 * @param maxQueryLength longest query accepted (characters); item names are far shorter,
 * longer input is abuse
 * @param refreshInterval how often each replica polls the shared index for guides another
 * replica indexed: bounds how long a publication stays invisible to this replica's search
 * and page cache
 * @param refreshOverlap how far before the last seen change a poll looks again, covering
 * clocks of replicas that are slightly apart and writes that landed out of order
 * @param reconcileInterval how often the index is compared with the catalog itself and
 * repaired (a change missed during a crash, a renamed department); a full pass reads
 * every item
 */
@ConfigurationProperties("catalog.search")
@Validated
public record SearchProperties(@DefaultValue("10") @Positive @Max(100) int defaultPageSize,
		@DefaultValue("50") @Positive @Max(200) int maxPageSize, @DefaultValue("1000") @Positive int maxPage,
		@DefaultValue("100") @Positive int maxQueryLength, @DefaultValue("2s") @NotNull Duration refreshInterval,
		@DefaultValue("10s") @NotNull Duration refreshOverlap,
		@DefaultValue("10m") @NotNull Duration reconcileInterval) {
}
