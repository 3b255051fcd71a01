package gov.maservice.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

/**
 * The full path of a bad field as {@code errors[].field} shows it, e.g.
 * {@code guide.materials[0].name}, whether a JSON reader or a bean validator found the
 * fault.
 */
public final class FieldPaths {

	private FieldPaths() {
	}

	/**
	 * Path of the value a JSON reader failed on; empty when the failure is not at a
	 * value.
	 */
	public static String of(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * Path of a violation, without the method name a method-validation path starts with.
	 */
	public static String of(ConstraintViolation<?> violation) {
		StringBuilder path = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			ElementKind kind = node.getKind();
			if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
					|| kind == ElementKind.RETURN_VALUE) {
				continue;
			}
			if (node.getIndex() != null) {
				path.append('[').append(node.getIndex()).append(']');
			}
			else if (node.getKey() != null) {
				path.append('[').append(node.getKey()).append(']');
			}
			if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null && !node.getName().isEmpty()) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(node.getName());
			}
		}
		return path.isEmpty() ? violation.getPropertyPath().toString() : path.toString();
	}

}
