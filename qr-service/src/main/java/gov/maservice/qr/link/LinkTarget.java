package gov.maservice.qr.link;

/**
 * A catalog target to print a code for.
 *
 * @param kind item, department or locality
 * @param code its code
 * @param localityCode for an item printed on a locality's poster: that locality, else
 * {@code null}
 */
public record LinkTarget(LinkKind kind, String code, String localityCode) {

	public LinkTarget {
		if (kind == LinkKind.CUSTOM) {
			throw new IllegalArgumentException("custom links are not catalog targets");
		}
	}

	public static LinkTarget of(LinkKind kind, String code) {
		return new LinkTarget(kind, code, null);
	}

}
