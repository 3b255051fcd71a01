package gov.maservice.catalog.department;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department stationed in the district service hall (e.g. 市场监督管理局). Its code is stable
 * (short pinyin initials such as {@code scjgj}) and appears on posters and QR links; the
 * name may change, which is announced as a {@code DirectoryEvent}.
 *
 * @param code stable code
 * @param version revision, grows with every change
 * @param name full name
 * @param shortName short name
 * @param hallWindow where in the hall the department serves
 * @param phone enquiry phone
 * @param modifiedAt last change
 */
@Document(Department.COLLECTION)
public record Department(@Id String code, long version, String name, String shortName, String hallWindow, String phone,
		Instant modifiedAt) {

	/** MongoDB collection of departments. */
	public static final String COLLECTION = "departments";

}
