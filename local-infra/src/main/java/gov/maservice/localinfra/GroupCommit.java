package gov.maservice.localinfra;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;

/**
 * Makes acknowledged writes durable: a writer that has applied its change calls
 * {@link #awaitDurable()} before the server answers, and one committer thread writes and
 * syncs the store for every writer waiting at that moment (group commit: many writes, one
 * flush). A write is thus answered only after it is in the store file and forced to the
 * device, as MongoDB answers a journaled write only after its journal commit.
 *
 * <p>
 * Correctness rests on order: a writer takes its ticket only after its change is applied
 * in memory, and the committer reads the highest ticket before it commits, so every
 * change whose ticket a commit covers is part of that commit.
 */
final class GroupCommit implements AutoCloseable {

	private final MVStore store;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition requested = this.lock.newCondition();

	private final Condition committed = this.lock.newCondition();

	private final Thread committer;

	private long lastTicket;

	private long durableTicket;

	private long failedUpTo;

	private RuntimeException lastFailure;

	private volatile boolean closed;

	private long commits;

	GroupCommit(MVStore store) {
		this.store = store;
		this.committer = new Thread(this::run, "mongo-wire-group-commit");
		this.committer.setDaemon(true);
		this.committer.start();
	}

	/**
	 * Waits until every change applied before this call is committed and synced. Throws
	 * when the commit that covered it failed (e.g. the disk is full): the write must not
	 * be acknowledged.
	 */
	void awaitDurable() {
		this.lock.lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("the store is closing; the write was not made durable");
			}
			long ticket = ++this.lastTicket;
			this.requested.signal();
			while (this.durableTicket < ticket) {
				if (this.closed) {
					throw new IllegalStateException("the store closed before the write was made durable");
				}
				this.committed.awaitUninterruptibly();
			}
			if (ticket <= this.failedUpTo) {
				throw new IllegalStateException("the store could not be written: " + this.lastFailure.getMessage(),
						this.lastFailure);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Number of commits made for waiting writers (each covers one or more writes). */
	long commits() {
		this.lock.lock();
		try {
			return this.commits;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void run() {
		while (true) {
			long upTo;
			this.lock.lock();
			try {
				while (this.lastTicket == this.durableTicket && !this.closed) {
					this.requested.await(1, TimeUnit.SECONDS);
				}
				if (this.closed && this.lastTicket == this.durableTicket) {
					return;
				}
				upTo = this.lastTicket;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				this.lock.unlock();
			}
			RuntimeException failure = null;
			try {
				this.store.commit();
				this.store.sync();
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			this.lock.lock();
			try {
				if (failure != null) {
					this.failedUpTo = upTo;
					this.lastFailure = failure;
				}
				this.durableTicket = upTo;
				this.commits++;
				this.committed.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}
	}

	/** Lets waiting writers finish with the last commit, then stops the committer. */
	@Override
	public void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.requested.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		try {
			this.committer.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.lock.lock();
		try {
			this.committed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
