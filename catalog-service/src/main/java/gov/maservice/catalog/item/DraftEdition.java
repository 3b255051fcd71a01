package gov.maservice.catalog.item;

import java.time.Instant;

import gov.maservice.catalog.guide.Guide;

/**
 * The edition being prepared. It gets the next edition number when it is published.
 *
 * @param edition the edition number it will be published as
 * @param guide the guide as edited
 * @param savedAt last save
 * @param savedBy who saved it last ({@code sub} of the token)
 */
public record DraftEdition(int edition, Guide guide, Instant savedAt, String savedBy) {
}
