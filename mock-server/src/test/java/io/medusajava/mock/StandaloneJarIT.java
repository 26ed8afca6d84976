package io.medusajava.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar this build just packaged starts and answers. Runs in the integration-test phase (failsafe),
 * after {@code package}, so it always tests the fresh jar and never a stale one or none.
 */
class StandaloneJarIT {
    @Test
    void shadedJarStarts() throws Exception {
        Path jar = Path.of("target", "medusa-mock-server.jar");
        assertTrue(Files.isRegularFile(jar), "package should have built " + jar);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0").redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream();
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String url = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("medusa mock server ready on ")) {
                    url = line.substring("medusa mock server ready on ".length()).trim();
                    break;
                }
            }
            assertNotNull(url, "the jar never said it was ready");
            assertEquals("OK", new TestHttp(url).get("/health").body());
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

}
