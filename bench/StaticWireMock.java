import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Plain WireMock, the reference the mock is measured against: the WireMock inside the mock's own jar, configured
 * as its standalone runner would be with {@code --no-request-journal}, serving the mappings and files under a root
 * directory. Run as a single-file program: {@code java -cp medusa-mock-server.jar bench/StaticWireMock.java PORT ROOT}.
 */
public class StaticWireMock {
    public static void main(String[] args) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .port(Integer.parseInt(args[0])).bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(args[1]).disableRequestJournal());
        server.start();
        System.out.println("static WireMock ready on port " + server.port());
    }
}
