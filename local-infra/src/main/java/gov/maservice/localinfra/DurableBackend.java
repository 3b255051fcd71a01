package gov.maservice.localinfra;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * A backend that answers a command which may have changed data only after the change is
 * on disk ({@link GroupCommit}). Reads pass straight through. Every command not known to
 * be read-only is treated as a write, so a command added in a later server version errs
 * on the durable side.
 */
final class DurableBackend implements MongoBackend {

	/**
	 * Commands that never change stored data. {@code aggregate} is here unless it has
	 * $out/$merge.
	 */
	private static final Set<String> READ_ONLY = Set.of("find", "getmore", "count", "distinct", "aggregate",
			"listcollections", "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "serverstatus",
			"dbstats", "collstats", "getlasterror", "whatsmyuri", "killcursors", "endsessions", "connectionstatus",
			"hostinfo", "getparameter", "getcmdlineopts", "getfreemonitoringstatus", "getlog", "explain", "currentop",
			"getnonce", "saslstart", "saslcontinue", "logout", "startsession");

	private final MongoBackend delegate;

	private final GroupCommit groupCommit;

	DurableBackend(MongoBackend delegate, GroupCommit groupCommit) {
		this.delegate = delegate;
		this.groupCommit = groupCommit;
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		Document result = this.delegate.handleCommand(channel, database, command, query);
		if (mayWrite(command, query)) {
			durable();
		}
		return result;
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		Document result = this.delegate.handleMessage(message);
		Document document = message.getDocument();
		String command = document.isEmpty() ? "" : document.keySet().iterator().next();
		if (mayWrite(command, document)) {
			durable();
		}
		return result;
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return this.delegate.handleQuery(query);
	}

	@Override
	public void dropDatabase(String database) {
		this.delegate.dropDatabase(database);
		durable();
	}

	private void durable() {
		try {
			this.groupCommit.awaitDurable();
		}
		catch (RuntimeException ex) {
			// The change is applied in memory but not on disk: the client must not take
			// it as done.
			throw new MongoServerException("write not made durable: " + ex.getMessage(), ex);
		}
	}

	static boolean mayWrite(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (!READ_ONLY.contains(name)) {
			return true;
		}
		if (name.equals("aggregate") && query.get("pipeline") instanceof List<?> stages) {
			return stages.stream()
				.anyMatch((stage) -> stage instanceof Document document
						&& (document.containsKey("$out") || document.containsKey("$merge")));
		}
		return false;
	}

	@Override
	public void handleClose(Channel channel) {
		this.delegate.handleClose(channel);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		return this.delegate.getCurrentOperations(query);
	}

	@Override
	public Document getServerStatus() {
		return this.delegate.getServerStatus();
	}

	@Override
	public void close() {
		this.groupCommit.close();
		this.delegate.close();
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		this.delegate.closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return this.delegate.getClock();
	}

	@Override
	public void enableOplog() {
		this.delegate.enableOplog();
	}

	@Override
	public void disableOplog() {
		this.delegate.disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return this.delegate.resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		this.delegate.version(version);
		return this;
	}

}
