package gov.maservice.platform.outbox;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import gov.maservice.platform.requestid.RequestIds;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The outbox library against the MongoDB-wire server (memory backend) and a real Kafka
 * broker: two relays never send the same events at once, a dead relay's lease expires, a
 * crash between the send and the pull duplicates but loses nothing, and one aggregate's
 * events arrive in order.
 */
@EmbeddedKafka(partitions = 3,
		topics = { OutboxRelayIntegrationTests.LEASE_TOPIC, OutboxRelayIntegrationTests.EXPIRY_TOPIC,
				OutboxRelayIntegrationTests.CRASH_TOPIC, OutboxRelayIntegrationTests.ORDER_TOPIC,
				OutboxRelayIntegrationTests.LEGACY_TOPIC })
class OutboxRelayIntegrationTests {

	static final String LEASE_TOPIC = "outbox-test.lease";

	static final String EXPIRY_TOPIC = "outbox-test.expiry";

	static final String CRASH_TOPIC = "outbox-test.crash";

	static final String ORDER_TOPIC = "outbox-test.order";

	static final String LEGACY_TOPIC = "outbox-test.legacy";

	private static final MongoServer SERVER = new MongoServer(new MemoryBackend());

	private static final InetSocketAddress ADDRESS = SERVER.bind();

	private static final MongoClient CLIENT = MongoClients
		.create("mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort());

	private static final com.mongodb.reactivestreams.client.MongoClient REACTIVE_CLIENT = com.mongodb.reactivestreams.client.MongoClients
		.create("mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort());

	private static final OutboxProperties PROPERTIES = new OutboxProperties(true, Duration.ofSeconds(5),
			Duration.ofSeconds(30), 10, Duration.ofSeconds(5),
			new OutboxProperties.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));

	private final MongoTemplate mongo = new MongoTemplate(CLIENT, "outbox-tests");

	private final Outbox outbox = new Outbox(JsonMapper.builder().build(), () -> {
	});

	private final String collection = "tickets-" + UUID.randomUUID();

	private final List<KafkaOutboxSender> senders = new ArrayList<>();

	private EmbeddedKafkaBroker broker;

	@BeforeEach
	void broker(EmbeddedKafkaBroker broker) {
		this.broker = broker;
	}

	@AfterAll
	static void close() {
		CLIENT.close();
		REACTIVE_CLIENT.close();
		SERVER.shutdownNow();
	}

	@Test
	void twoRelaysNeverSendTheSameEventsAtOnce() throws Exception {
		List<String> eventIds = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			eventIds.addAll(insert(LEASE_TOPIC, "ticket-" + i, 3));
		}
		Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
		OutboxSender kafka = kafkaSender();
		// A slow sender keeps each round's lease held while the other relay looks for
		// work.
		OutboxSender counting = (event) -> {
			sends.computeIfAbsent(event.eventId(), (id) -> new AtomicInteger()).incrementAndGet();
			sleep(2);
			return kafka.send(event);
		};
		OutboxRelay first = relay(new MongoOutboxStore(this.mongo), counting, Clock.systemUTC());
		OutboxRelay second = relay(new MongoOutboxStore(new MongoTemplate(CLIENT, "outbox-tests")), counting,
				Clock.systemUTC());

		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = replicas.submit(first::relayPending);
			Future<Integer> b = replicas.submit(second::relayPending);
			assertThat(a.get() + b.get()).isEqualTo(120);
		}
		finally {
			replicas.shutdownNow();
		}

		assertThat(sends).hasSize(120);
		assertThat(sends.values()).allSatisfy((count) -> assertThat(count.get()).as("sends of one event").isOne());
		assertThat(read(LEASE_TOPIC, 120)).extracting(ConsumerRecord::value)
			.extracting(this::eventIdOf)
			.containsExactlyInAnyOrderElementsOf(eventIds);
		assertThat(pendingDocuments()).isZero();
	}

	@Test
	void aDeadRelaysLeaseExpiresAndAnotherReplicaTakesOver() {
		List<String> eventIds = insert(EXPIRY_TOPIC, "ticket-1", 2);
		MutableClock clock = new MutableClock(Instant.now());
		// A replica claimed the document and died without sending.
		this.mongo.updateFirst(Query.query(where("_id").is("ticket-1")),
				new Update().set(Outbox.LEASE_OWNER, "dead-replica")
					.set(Outbox.LEASE_UNTIL, Date.from(clock.instant().plus(PROPERTIES.lease()))),
				this.collection);
		OutboxRelay survivor = relay(new MongoOutboxStore(this.mongo), kafkaSender(), clock);

		assertThat(survivor.relayPending()).isZero();
		survivor.refreshStats();
		assertThat(survivor.stats().get(this.collection).documents()).isOne();
		assertThat(survivor.stats().get(this.collection).oldest()).isNotNull();

		clock.advance(PROPERTIES.lease().plusSeconds(1));
		assertThat(survivor.relayPending()).isEqualTo(2);

		assertThat(read(EXPIRY_TOPIC, 2)).extracting(ConsumerRecord::value)
			.extracting(this::eventIdOf)
			.containsExactlyElementsOf(eventIds);
		assertThat(pendingDocuments()).isZero();
		Document stored = this.mongo.findById("ticket-1", Document.class, this.collection);
		assertThat(stored).doesNotContainKeys(Outbox.LEASE_OWNER, Outbox.LEASE_UNTIL);
		survivor.refreshStats();
		assertThat(survivor.stats().get(this.collection).documents()).isZero();
	}

	@Test
	void aCrashBetweenSendAndPullSendsTheEventsAgainAndLosesNone() {
		List<String> eventIds = insert(CRASH_TOPIC, "ticket-7", 3);
		MutableClock clock = new MutableClock(Instant.now());
		MongoOutboxStore store = new MongoOutboxStore(this.mongo);
		OutboxStore dyingBeforeThePull = new OutboxStore() {

			@Override
			public List<Document> find(Query query, String collection) {
				return store.find(query, collection);
			}

			@Override
			public long updateMulti(Query query, Update update, String collection) {
				if (update.getUpdateObject().containsKey("$pull")) {
					throw new IllegalStateException("process killed after the send, before the pull");
				}
				return store.updateMulti(query, update, collection);
			}

			@Override
			public long updateFirst(Query query, Update update, String collection) {
				throw new IllegalStateException("process killed after the send, before the pull");
			}

			@Override
			public long count(Query query, String collection) {
				return store.count(query, collection);
			}

		};
		OutboxRelay dying = relay(dyingBeforeThePull, kafkaSender(), clock);
		assertThatIllegalStateException().isThrownBy(dying::relayPending);
		assertThat(read(CRASH_TOPIC, 3)).hasSize(3);
		assertThat(pendingEvents("ticket-7")).hasSize(3);

		OutboxRelay restarted = relay(new MongoOutboxStore(this.mongo), kafkaSender(), clock);
		assertThat(restarted.relayPending()).as("the dead round's lease still holds").isZero();
		clock.advance(PROPERTIES.lease().plusSeconds(1));
		assertThat(restarted.relayPending()).isEqualTo(3);

		List<String> onTopic = read(CRASH_TOPIC, 6).stream().map(ConsumerRecord::value).map(this::eventIdOf).toList();
		List<String> twice = new ArrayList<>(eventIds);
		twice.addAll(eventIds);
		assertThat(onTopic).containsExactlyElementsOf(twice);
		assertThat(pendingEvents("ticket-7")).isEmpty();
		assertThat(restarted.relayPending()).isZero();
	}

	@Test
	void oneAggregatesEventsArriveInOrderKeyedByItsIdWithTheRequestIdReactiveStore() {
		ReactiveMongoTemplate reactive = new ReactiveMongoTemplate(REACTIVE_CLIENT, "outbox-tests");
		Map<String, List<String>> written = new LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			String id = "notice-" + i;
			this.mongo.insert(new Document("_id", id), this.collection);
			for (int revision = 1; revision <= 4; revision++) {
				OutboxEvent event = event(ORDER_TOPIC, id, revision, "request-" + id + "-" + revision);
				this.mongo.updateFirst(Query.query(where("_id").is(id)),
						Outbox.push(new Update().set("revision", revision), event), this.collection);
				written.computeIfAbsent(id, (key) -> new ArrayList<>()).add(event.eventId());
			}
		}
		// The broker refuses the third event of notice-2 once: the events before it
		// leave, it and
		// the ones after it stay and follow later in the same order.
		String refused = written.get("notice-2").get(2);
		OutboxSender kafka = kafkaSender();
		Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
		refuseOnce.add(refused);
		OutboxSender flaky = (event) -> {
			if (refuseOnce.remove(event.eventId())) {
				throw new IllegalStateException("broker unavailable");
			}
			return kafka.send(event);
		};
		OutboxRelay relay = relay(new ReactiveMongoOutboxStore(reactive, Duration.ofSeconds(5)), flaky,
				Clock.systemUTC());

		assertThatIllegalStateException().isThrownBy(relay::relayPending);
		assertThat(pendingEvents("notice-2")).extracting((event) -> event.getString("eventId"))
			.containsExactlyElementsOf(written.get("notice-2").subList(2, 4));
		assertThat(this.mongo.findById("notice-2", Document.class, this.collection))
			.doesNotContainKeys(Outbox.LEASE_OWNER, Outbox.LEASE_UNTIL);
		relay.relayPending();

		List<ConsumerRecord<String, String>> records = read(ORDER_TOPIC, 20);
		Map<String, List<String>> received = new LinkedHashMap<>();
		for (ConsumerRecord<String, String> record : records) {
			received.computeIfAbsent(record.key(), (key) -> new ArrayList<>()).add(eventIdOf(record.value()));
			assertThat(header(record, RequestIds.KAFKA_HEADER)).startsWith("request-" + record.key() + "-");
			assertThat(header(record, "ce_type")).isEqualTo("test.revised.v1");
			assertThat(header(record, "__TypeId__")).isEqualTo(Revised.class.getName());
		}
		assertThat(received).isEqualTo(written);
		assertThat(pendingDocuments()).isZero();
	}

	@Test
	void eventsStoredByTheEarlierLayoutAreMigratedOnceAndRelayed() {
		String eventId = UUID.randomUUID().toString();
		Document legacy = new Document("eventId", eventId).append("topic", LEGACY_TOPIC)
			.append("key", "item-1")
			.append("type", "test.revised.v1")
			.append("javaType", Revised.class.getName())
			.append("payload", "{\"eventId\":\"" + eventId + "\",\"id\":\"item-1\",\"revision\":1}")
			.append("createdAt", new Date());
		this.mongo.insert(new Document("_id", "item-1").append("name", "old")
			.append(OutboxRelay.LEGACY_EVENTS, List.of(legacy))
			.append("outboxPending", true)
			.append("outboxLease", new Document("owner", "x").append("until", new Date(0))), this.collection);
		OutboxRelay relay = relay(new MongoOutboxStore(this.mongo), kafkaSender(), Clock.systemUTC());

		assertThat(relay.migrateLegacy()).isOne();
		assertThat(relay.migrateLegacy()).isZero();
		Document migrated = this.mongo.findById("item-1", Document.class, this.collection);
		assertThat(migrated).doesNotContainKeys(OutboxRelay.LEGACY_EVENTS, "outboxPending", "outboxLease");
		assertThat(pendingEvents("item-1")).singleElement()
			.satisfies((event) -> assertThat(event.getString("eventId")).isEqualTo(eventId));

		assertThat(relay.relayPending()).isOne();
		assertThat(read(LEGACY_TOPIC, 1)).singleElement()
			.satisfies((record) -> assertThat(record.key()).isEqualTo("item-1"));
	}

	@Test
	void aWriteNudgesTheRelayAndABrokerThatIsAwayIsRetriedWithGrowingPauses() {
		OutboxProperties slowSweep = new OutboxProperties(true, Duration.ofHours(1), Duration.ofSeconds(30), 10,
				Duration.ofSeconds(5), new OutboxProperties.Backoff(Duration.ofMillis(100), Duration.ofMillis(400)));
		AtomicInteger attempts = new AtomicInteger();
		Set<String> delivered = ConcurrentHashMap.newKeySet();
		AtomicReference<Boolean> brokerUp = new AtomicReference<>(true);
		OutboxSender sender = (event) -> {
			attempts.incrementAndGet();
			if (!brokerUp.get()) {
				return CompletableFuture.failedFuture(new IllegalStateException("broker away"));
			}
			delivered.add(event.eventId());
			return CompletableFuture.completedFuture(null);
		};
		OutboxRelay relay = new OutboxRelay(new MongoOutboxStore(this.mongo), sender,
				List.of(OutboxCollection.of(this.collection)), slowSweep, Clock.systemUTC());
		relay.start();
		try {
			// Only the start-up sweep has run; the next one is an hour away: the nudge
			// sends.
			sleep(300);
			List<String> first = insert(EXPIRY_TOPIC, "nudged", 1);
			relay.nudge();
			waitUntil(() -> delivered.containsAll(first));

			brokerUp.set(false);
			attempts.set(0);
			insert(EXPIRY_TOPIC, "refused", 1);
			relay.nudge();
			sleep(1500);
			// 100, 200, 400, 400 ms pauses: a handful of attempts, not one per nudge or
			// per millisecond.
			for (int i = 0; i < 50; i++) {
				relay.nudge();
			}
			assertThat(attempts.get()).isBetween(3, 8);
			assertThat(pendingEvents("refused")).hasSize(1);

			brokerUp.set(true);
			waitUntil(() -> pendingEvents("refused").isEmpty());
		}
		finally {
			relay.stop();
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
			sleep(20);
		}
	}

	private OutboxRelay relay(OutboxStore store, OutboxSender sender, Clock clock) {
		return new OutboxRelay(store, sender, List.of(OutboxCollection.of(this.collection)), PROPERTIES, clock);
	}

	private OutboxSender kafkaSender() {
		KafkaOutboxSender sender = new KafkaOutboxSender(
				new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
						this.broker.getBrokersAsString(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
						StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)),
				PROPERTIES);
		this.senders.add(sender);
		return sender;
	}

	/** Inserts an aggregate with {@code count} events, as one write. */
	private List<String> insert(String topic, String id, int count) {
		List<OutboxEvent> events = new ArrayList<>();
		for (int revision = 1; revision <= count; revision++) {
			events.add(event(topic, id, revision, null));
		}
		this.mongo.insert(Outbox.document(this.mongo.getConverter(), new Document("_id", id), events), this.collection);
		return events.stream().map(OutboxEvent::eventId).toList();
	}

	private OutboxEvent event(String topic, String id, int revision, String requestId) {
		UUID eventId = UUID.randomUUID();
		return this.outbox.event(topic, id, "test.revised.v1", eventId, Instant.now(),
				new Revised(eventId, id, revision), requestId);
	}

	private List<Document> pendingEvents(String id) {
		Document document = this.mongo.findById(id, Document.class, this.collection);
		assertThat(document).isNotNull();
		return document.getList(Outbox.EVENTS, Document.class, List.of());
	}

	private long pendingDocuments() {
		return this.mongo.count(Query.query(where(Outbox.EVENTS + ".0").exists(true)), this.collection);
	}

	private String eventIdOf(String json) {
		return JsonMapper.builder().build().readTree(json).path("eventId").asString();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Every record of the topic, waiting up to 15 s for at least {@code expected} of
	 * them.
	 */
	private List<ConsumerRecord<String, String>> read(String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.getBrokersAsString(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (records.size() < expected && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			// and nothing more than was sent
			consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			return records;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A stand-in for a contract event. */
	record Revised(UUID eventId, String id, int revision) {
	}

	/** A clock the test moves forward, to let leases expire without waiting. */
	static final class MutableClock extends Clock {

		private final AtomicReference<Instant> now;

		MutableClock(Instant now) {
			this.now = new AtomicReference<>(now);
		}

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
