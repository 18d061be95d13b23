-- Which web session belongs to which Keycloak session (JdbcOidcSessionRegistry), beside Spring Session's own tables.
-- Idempotent: every replica runs it at start; two at once may still race in PostgreSQL, and the loser's error is
-- ignored (continue on error).
CREATE TABLE IF NOT EXISTS KLAGESAK_OIDC_SESSION (
    SESSION_ID VARCHAR(100) NOT NULL,
    ISSUER VARCHAR(400) NOT NULL,
    SUBJECT VARCHAR(255) NOT NULL,
    PROVIDER_SESSION_ID VARCHAR(255),
    AUDIENCE VARCHAR(1000) NOT NULL,
    ID_TOKEN VARCHAR(16000) NOT NULL,
    -- Sent along by the back-channel logout to end the session (the CSRF token): a header a line, as name: value.
    HEADERS VARCHAR(4000) NOT NULL,
    REGISTERED_AT BIGINT NOT NULL,
    CONSTRAINT KLAGESAK_OIDC_SESSION_PK PRIMARY KEY (SESSION_ID)
);

CREATE INDEX IF NOT EXISTS KLAGESAK_OIDC_SESSION_IX1 ON KLAGESAK_OIDC_SESSION (ISSUER, PROVIDER_SESSION_ID);
CREATE INDEX IF NOT EXISTS KLAGESAK_OIDC_SESSION_IX2 ON KLAGESAK_OIDC_SESSION (ISSUER, SUBJECT);
