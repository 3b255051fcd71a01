package gov.maservice.localinfra;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a genuine Apache Kafka broker (KRaft, combined broker and controller, one node)
 * for one machine. The log directory is formatted on first start only, so topics and
 * committed offsets survive a restart. Not for production: docker-compose runs the
 * official broker image there.
 *
 * <p>
 * Settings come from environment variables: {@code KAFKA_PORT} (9092),
 * {@code KAFKA_CONTROLLER_PORT} (9093) and {@code DATA_DIR} ({@code .data}); the log
 * directory is {@code $DATA_DIR/kafka}.
 */
public final class KafkaBroker {

	private KafkaBroker() {
	}

	public static void main(String[] args) throws IOException {
		int port = Env.intValue("KAFKA_PORT", 9092);
		int controllerPort = Env.intValue("KAFKA_CONTROLLER_PORT", 9093);
		Path dir = Env.dataDir().resolve("kafka").toAbsolutePath();
		Path logDir = dir.resolve("logs");
		Files.createDirectories(logDir);
		Path config = dir.resolve("server.properties");
		Files.writeString(config, serverProperties(port, controllerPort, logDir), StandardCharsets.UTF_8);

		if (!Files.exists(logDir.resolve("meta.properties"))) {
			String clusterId = clusterId(dir);
			System.out.println("Formatting Kafka log directory " + logDir + " for cluster " + clusterId);
			int exit = kafka.tools.StorageTool.execute(
					new String[] { "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted" },
					new PrintStream(System.out, true, StandardCharsets.UTF_8));
			if (exit != 0) {
				System.err.println("Formatting the Kafka log directory failed with exit code " + exit);
				System.exit(exit);
			}
		}
		System.out.println("Starting Kafka broker on 127.0.0.1:" + port + " (data in " + logDir + ")");
		kafka.Kafka.main(new String[] { config.toString() });
	}

	private static String clusterId(Path dir) throws IOException {
		Path idFile = dir.resolve("cluster.id");
		if (Files.exists(idFile)) {
			return Files.readString(idFile).trim();
		}
		String id = org.apache.kafka.common.Uuid.randomUuid().toString();
		Files.writeString(idFile, id);
		return id;
	}

	static String serverProperties(int port, int controllerPort, Path logDir) {
		return String.join("\n", "# Written by KafkaBroker on every start; edit the environment, not this file.",
				"process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + port, "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"inter.broker.listener.name=PLAINTEXT", "log.dirs=" + logDir, "num.partitions=3",
				"auto.create.topics.enable=true", "offsets.topic.replication.factor=1",
				"offsets.topic.num.partitions=10", "transaction.state.log.replication.factor=1",
				"transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
				"share.coordinator.state.topic.min.isr=1", "group.initial.rebalance.delay.ms=0",
				"log.retention.hours=168", "unclean.leader.election.enable=false", "") + "\n";
	}

}
