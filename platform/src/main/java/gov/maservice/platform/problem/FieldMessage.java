package gov.maservice.platform.problem;

/**
 * One entry of the {@code errors} array of a problem detail.
 *
 * @param field full path of the bad field, e.g. {@code guide.materials[0].name} or
 * {@code line 12: name}
 * @param message what is wrong, in English (problem details are read by developers)
 */
public record FieldMessage(String field, String message) {
}
