package gov.maservice.notification.layout;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What an LED board can show at once.
 *
 * @param charsPerLine width of a line in full-width (Chinese) characters; a Latin letter
 * or digit takes half a cell
 * @param lines lines visible at once; the board pages or scrolls through longer texts
 * @param color whether the board can show more than one colour (urgent notices in red)
 */
@Schema(description = "Display profile of an LED board", example = "{\"charsPerLine\":16,\"lines\":2,\"color\":false}")
public record DisplayProfile(@Min(4) @Max(256) int charsPerLine, @Min(1) @Max(64) int lines, boolean color) {
}
