import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Stand-in for catalog-service in the gateway overhead benchmark: a fast reactor-netty server that
 * answers a guide JSON (~6 KB) and a guide page (~14 KB), plus an in-memory Mongo-wire server for
 * the gateway's own store. Both stay up until the process is killed.
 *
 * Usage: java -cp <gateway test classpath> BenchBackend.java <httpPort> <mongoPort>
 */
public class BenchBackend {

	public static void main(String[] args) throws Exception {
		int httpPort = Integer.parseInt(args[0]);
		int mongoPort = Integer.parseInt(args[1]);
		MongoServer mongo = new MongoServer(new MemoryBackend());
		mongo.bind(new InetSocketAddress("127.0.0.1", mongoPort));

		byte[] json = guideJson().getBytes(StandardCharsets.UTF_8);
		byte[] page = guidePage().getBytes(StandardCharsets.UTF_8);
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(httpPort)
			.route(routes -> routes
				.get("/api/v1/items/{code}", (request, response) -> response.header("Content-Type", "application/json")
					.sendByteArray(Mono.just(json)))
				.get("/g/{code}", (request, response) -> response.header("Content-Type", "text/html;charset=UTF-8")
					.sendByteArray(Mono.just(page))))
			.bindNow(Duration.ofSeconds(10));
		System.out.println("bench backend on " + server.port() + ", mongo on " + mongoPort);
		server.onDispose().block();
	}

	private static String guideJson() {
		StringBuilder materials = new StringBuilder();
		for (int i = 1; i <= 12; i++) {
			materials.append(i > 1 ? "," : "")
				.append("{\"name\":\"申请材料").append(i).append("：营业执照申请书（加盖公章）\",\"form\":\"原件\",\"copies\":1,")
				.append("\"required\":true,\"source\":\"申请人自备\",\"notes\":\"需法定代表人签字，复印件需注明与原件一致\"}");
		}
		return "{\"code\":\"410471-XK00101-001\",\"name\":\"食品经营许可（新办）\",\"type\":\"行政许可\",\"department\":\"scjgj\","
				+ "\"conditions\":[\"具有与经营的食品品种、数量相适应的经营场所\",\"具有合理的设备布局和工艺流程\"],"
				+ "\"materials\":[" + materials + "],"
				+ "\"process\":[{\"step\":\"受理\",\"days\":1},{\"step\":\"审查\",\"days\":5},{\"step\":\"决定\",\"days\":2},{\"step\":\"送达\",\"days\":1}],"
				+ "\"timeLimits\":{\"statutoryDays\":20,\"promisedDays\":5},\"fees\":{\"charged\":false},"
				+ "\"channels\":{\"address\":\"平顶山高新区行政服务中心一楼3号窗口\",\"hours\":\"周一至周五 8:30-12:00 14:30-17:30\"},"
				+ "\"contacts\":{\"enquiry\":\"0375-0000000\",\"complaint\":\"0375-1111111\"}}";
	}

	private static String guidePage() {
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= 40; i++) {
			rows.append("<tr><td>").append(i).append("</td><td>申请材料").append(i)
				.append("：营业执照申请书（加盖公章）</td><td>原件</td><td>1份</td><td>申请人自备</td></tr>\n");
		}
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>食品经营许可（新办）</title></head><body>"
				+ "<h1>食品经营许可（新办）</h1><table>" + rows + "</table></body></html>";
	}

}
