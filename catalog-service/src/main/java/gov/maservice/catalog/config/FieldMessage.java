package gov.maservice.catalog.config;

/**
 * One entry of the {@code errors} array of a problem detail.
 *
 * @param field path of the bad field, e.g. {@code guide.materials[0].name} or {@code line 12: name}
 * @param message what is wrong
 */
public record FieldMessage(String field, String message) {
}
