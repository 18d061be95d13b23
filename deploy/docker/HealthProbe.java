import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's healthcheck for docker compose: asks the application's readiness on its management port and exits
 * 0 when it answers 200, else 1. The runtime image has a JVM and nothing to make an HTTP request with (Adoptium's
 * images ship no curl or wget on purpose), so the probe is this class, compiled when the image is built (Dockerfile).
 * Kubernetes asks the same endpoint itself and does not use it.
 */
public final class HealthProbe {

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("MANAGEMENT_PORT", "9080");
        System.exit(ready("http://127.0.0.1:" + port + "/actuator/health/readiness") ? 0 : 1);
    }

    static boolean ready(String url) {
        try {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200;
        } catch (Exception e) {
            System.err.println("not ready: " + e.getMessage());
            return false;
        }
    }
}
