package gov.maservice.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * One bound for every date a client sends: years {@value #MIN_YEAR} to
 * {@value #MAX_YEAR}. Java reads {@code +999999-01-01T00:00:00Z} happily, but the CAP
 * feed, XML Schema dates and generated clients cannot represent it, so it is refused at
 * the door as an invalid field (400) instead of being stored and breaking every later
 * reader.
 */
public final class DateBounds {

	/** Earliest year accepted. */
	public static final int MIN_YEAR = 1;

	/** Latest year accepted. */
	public static final int MAX_YEAR = 9999;

	private static final Set<Class<?>> BOUNDED = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class);

	private DateBounds() {
	}

	/** Whether a date-time value lies within the bound; other values always do. */
	public static boolean within(Object value) {
		int year;
		if (value instanceof Instant instant) {
			if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
					|| instant.isAfter(Instant.parse("9999-12-31T23:59:59.999999999Z"))) {
				return false;
			}
			year = instant.atOffset(ZoneOffset.UTC).getYear();
		}
		else if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof OffsetDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof ZonedDateTime dateTime) {
			year = dateTime.getYear();
		}
		else {
			return true;
		}
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}

	/**
	 * A Jackson module wrapping the deserializers of the {@code java.time} types with the
	 * check.
	 */
	public static SimpleModule module() {
		SimpleModule module = new SimpleModule("platform-date-bounds");
		module.setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return BOUNDED.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
			}

		});
		return module;
	}

	private static final class Bounded extends DelegatingDeserializer {

		Bounded(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Bounded(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = parser.getString();
			Object value = super.deserialize(parser, context);
			if (!within(value)) {
				throw InvalidFormatException.from(parser, "must be between years " + MIN_YEAR + " and " + MAX_YEAR,
						text, handledType());
			}
			return value;
		}

	}

}
