package gov.maservice.notification.notice;

/**
 * CAP 1.2 {@code msgType}: a new notice, or a change to the notice named in
 * {@code references}.
 */
public enum MsgType {

	Alert, Update, Cancel

}
