package gov.maservice.notification.board;

import java.util.List;

import gov.maservice.notification.layout.DisplayProfile;

/**
 * The board a credential belongs to, as seen by the endpoints a board calls.
 *
 * @param boardId board id
 * @param name display name
 * @param localityCode where it hangs
 * @param areaPath the locality and every enclosing one up to the district
 * @param profile what it can display
 * @param credentialHash hash of the credential it authenticated with (revocation is
 * detected by a change of the stored hash)
 */
public record BoardPrincipal(String boardId, String name, String localityCode, List<String> areaPath,
		DisplayProfile profile, String credentialHash) {

	static BoardPrincipal of(Board board) {
		return new BoardPrincipal(board.id(), board.name(), board.localityCode(), board.areaPath(), board.profile(),
				board.credentialHash());
	}

}
