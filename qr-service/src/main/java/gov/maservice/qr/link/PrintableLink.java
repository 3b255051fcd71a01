package gov.maservice.qr.link;

/**
 * What goes on a printed code: the URL it encodes and the caption under it.
 *
 * @param token the short-link token
 * @param url {@code ${PUBLIC_BASE_URL}/q/{token}}, what the QR code encodes
 * @param title caption line 1: the current Chinese name (item, department, locality) or
 * the custom link's title
 * @param code caption line 2: the item/department/locality code, or the token for custom
 * links
 */
public record PrintableLink(String token, String url, String title, String code) {
}
