package gov.maservice.catalog.importing;

import java.util.List;

import gov.maservice.catalog.guide.Guide;

/**
 * A row as read from the file: a guide, or the reasons it could not be read.
 *
 * @param line line number
 * @param code item code if readable
 * @param guide the guide, {@code null} when unreadable
 * @param errors why it could not be read
 */
record ImportRow(int line, String code, Guide guide, List<ImportReport.RowError> errors) {
}
