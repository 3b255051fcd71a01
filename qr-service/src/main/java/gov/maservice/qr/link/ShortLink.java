package gov.maservice.qr.link;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A printed QR code's stable identity. The token never changes once minted; what it
 * points at may (the guide behind an item link, or the URL of a custom link).
 * <p>
 * {@code targetKey} carries a unique index and makes minting idempotent across replicas:
 * it is {@code KIND:code} for a catalog target, {@code ITEM:code@locality} for an item
 * code printed on a locality's poster (so its scans are attributed to that locality), and
 * {@code CUSTOM:token} for custom links.
 *
 * @param token random, 8 characters from an alphabet without look-alikes
 * @param kind what the link points at
 * @param targetCode item, department or locality code; {@code null} for custom links
 * @param localityCode the locality an item code is printed for, or the locality itself
 * @param targetKey unique key of the target, see above
 * @param targetUrl custom links only: the http(s) URL, or a path on the own site
 * (starting with {@code /}) resolved against the public base URL when scanned
 * @param title custom links only: what the admin calls it
 * @param createdAt when the token was minted
 * @param updatedAt when the link was minted or a custom link's target or title last
 * changed; indexed, because every replica's {@link LinkTable} reads the links changed
 * since its previous refresh
 * @param updatedBy subject of the admin token that last changed a custom link
 */
@Document("links")
record ShortLink(@Id String token, LinkKind kind, String targetCode, String localityCode,
		@Indexed(unique = true) String targetKey, String targetUrl, String title, Instant createdAt,
		@Indexed Instant updatedAt, String updatedBy) {

	static String targetKey(LinkKind kind, String code, String localityCode) {
		if (kind == LinkKind.ITEM && localityCode != null) {
			return kind + ":" + code + "@" + localityCode;
		}
		return kind + ":" + code;
	}

	/** The locality a scan of this link is attributed to, if any. */
	String attributedLocality() {
		return (this.kind == LinkKind.LOCALITY) ? this.targetCode : this.localityCode;
	}

}
