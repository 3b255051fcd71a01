package gov.maservice.catalog.form;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.gridfs.model.GridFSFile;
import gov.maservice.catalog.guide.Codes;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Lists the forms uploaded for items; files live in GridFS with the item code in their
 * metadata.
 */
@Component
public class Forms {

	static final String ITEM_CODE = "metadata.itemCode";

	private final GridFsTemplate gridFs;

	Forms(GridFsTemplate gridFs) {
		this.gridFs = gridFs;
	}

	/** The forms of one item, in upload order. */
	public List<FormSummary> findByItem(String itemCode) {
		List<FormSummary> forms = new ArrayList<>();
		if (!Codes.isValid(itemCode)) {
			return forms;
		}
		this.gridFs.find(Query.query(where(ITEM_CODE).is(itemCode)).with(Sort.by("uploadDate")))
			.forEach((file) -> forms.add(summary(file)));
		return forms;
	}

	static FormSummary summary(GridFSFile file) {
		Document metadata = (file.getMetadata() != null) ? file.getMetadata() : new Document();
		String id = file.getObjectId().toHexString();
		String kind = metadata.getString("kind");
		return new FormSummary(id, metadata.getString("itemCode"), metadata.getString("name"),
				(kind != null) ? FormKind.valueOf(kind) : FormKind.BLANK, file.getFilename(),
				metadata.getString("_contentType"), file.getLength(), file.getUploadDate().toInstant(),
				"/api/v1/forms/" + id);
	}

}
