package no.klagesak.localstack;

/** The fixed local ports. docs/local-stack.md lists them; change one only with a reason. */
public final class Ports {

    public static final int WEB = 8080;
    public static final int INTAKE = 8081;
    public static final int ROUTING = 8082;
    public static final int NOTIFICATION = 8083;
    public static final int REPORTING = 8084;
    public static final int TENANT = 8085;
    public static final int KEYCLOAK = 8180;
    public static final int KAFKA = 9092;
    /** The KRaft controller listener; not used by clients. */
    public static final int KAFKA_CONTROLLER = 9093;

    public static final int MONGO = 27017;
    /** The web's session database: an H2 server standing in for PostgreSQL (docs/adr/0020). */
    public static final int WEB_SESSIONS = 9435;

    public static final int SMTP = 3025;
    public static final int MAIL_VIEWER = 8025;
    /** The stand-in for ID-porten (NAV's mock OIDC provider), brokered by Keycloak. */
    public static final int IDPORTEN = 8190;
    /** The stand-in for a company's own login (OIDC), issuer {@code /company}. */
    public static final int COMPANY_LOGIN = 8191;

    /**
     * The actuator's own port of an application (health, probes, Prometheus): its port plus 1000, so 9080–9085. Never
     * behind the API's security; in a cluster reachable only from inside it.
     */
    public static int management(int applicationPort) {
        return applicationPort + 1000;
    }

    /**
     * The client port of a Kafka node in the cluster shape (nodes 1–3: 9092, 9094, 9096); node 1's is {@link #KAFKA}.
     */
    public static int kafka(int node) {
        return KAFKA + 2 * (node - 1);
    }

    /** The KRaft controller port of a Kafka node (9093, 9095, 9097). */
    public static int kafkaController(int node) {
        return KAFKA_CONTROLLER + 2 * (node - 1);
    }

    /**
     * The port of an application's second replica in the cluster shape: its port plus 200 (8280–8285; management
     * 9280–9285). The first replica keeps the application's own port.
     */
    public static int replica(int applicationPort, int replica) {
        return applicationPort + 200 * (replica - 1);
    }

    private Ports() {}
}
