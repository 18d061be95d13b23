package no.klagesak.web.sessions;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The web's sessions in the shared database (Spring Session JDBC, configured in {@code application.yml}), with four
 * additions: the user's tokens are kept in the session too; an attribute an older or newer web wrote and this one
 * cannot read is dropped instead of failing the request; the session cookie carries the session id as it is, as the
 * back-channel logout sends it; and the registry of Keycloak sessions lives in the same database.
 */
@Configuration
@EnableScheduling
class WebSessions {

    private static final Logger log = LoggerFactory.getLogger(WebSessions.class);

    /**
     * Session attributes are Java-serialized. After a deployment, a session may hold a class this version changed
     * (Spring Security's classes change their serial version between releases): that attribute reads as absent, so
     * the user is asked to log in again (at Keycloak, often without typing anything) instead of seeing a 500.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesThatCannotBeReadAreDropped() {
        ClassLoader classLoader = WebSessions.class.getClassLoader();
        return sessions -> sessions.setConversionService(conversions(classLoader));
    }

    private static GenericConversionService conversions(ClassLoader classLoader) {
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new Unreadable(new DeserializingConverter(classLoader)));
        return conversions;
    }

    /** Reads an attribute, or answers null (and says so in the log) when its class no longer reads it. */
    record Unreadable(DeserializingConverter reader) implements Converter<byte[], @Nullable Object> {
        @Override
        public @Nullable Object convert(byte[] bytes) {
            try {
                return reader.convert(bytes);
            } catch (RuntimeException e) {
                log.warn(
                        "A session attribute written by another version of the web cannot be read and is dropped: {}",
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
                return null;
            }
        }
    }

    /**
     * The user's tokens from Keycloak (the authorized client the services are called with) are kept in the session,
     * so every replica has them. Spring Boot's default keeps them in the memory of the replica that took the login,
     * where another replica cannot find them and sends the user to Keycloak again.
     */
    @Bean
    OAuth2AuthorizedClientRepository tokensInTheSession() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /**
     * Spring Session writes the session id Base64-encoded into the cookie by default; the back-channel logout sends
     * the id as it is (Spring Security's {@code OidcBackChannelLogoutHandler}), so the cookie carries it as it is.
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionIdAsItIs() {
        return cookies -> cookies.setUseBase64Encoding(false);
    }

    /** The registry's table, made at every start if missing; several replicas starting at once is fine. */
    @Bean
    DataSourceScriptDatabaseInitializer oidcSessionSchema(DataSource dataSource) {
        var settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(List.of("classpath:sessions/oidc-sessions.sql"));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        settings.setContinueOnError(true);
        return new DataSourceScriptDatabaseInitializer(dataSource, settings);
    }

    @Bean
    JdbcOidcSessionRegistry oidcSessionRegistry(
            JdbcClient db, @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String sessionTable) {
        return new JdbcOidcSessionRegistry(db, sessionTable, Clock.systemUTC());
    }
}
