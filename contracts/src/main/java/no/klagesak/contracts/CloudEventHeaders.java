package no.klagesak.contracts;

/**
 * CloudEvents 1.0 attributes in the Kafka protocol binding's binary mode: header names carry the {@code ce_} prefix.
 * {@code tenantid} is a CloudEvents extension attribute.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String TENANT_ID = "ce_tenantid";
    /** {@code datacontenttype}: in the Kafka binding's binary mode it travels as the plain {@code content-type} header. */
    public static final String DATA_CONTENT_TYPE = "content-type";

    public static final String JSON = "application/json";
    public static final String SPEC_VERSION_VALUE = "1.0";

    private CloudEventHeaders() {}
}
