package no.klagesak.notification.notice;

import java.util.Map;

/** Writes a notice of a kind in a language from its values. */
public interface Templates {

    Letter render(String tenantId, NoticeKind kind, String language, Map<String, Object> values);
}
