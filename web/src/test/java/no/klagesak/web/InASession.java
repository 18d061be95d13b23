package no.klagesak.web;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request in a session of its own in the session store, as every request of a logged-in user is: the login is kept
 * in the session. {@code oidcLogin()} alone logs in without one. A page is sent on while it is still being written
 * once it passes the response buffer (4 KB in MockMvc), and a form further down then needs a session for its CSRF
 * token, which cannot be started after that (Spring Session's rule, as the servlet container's).
 */
public final class InASession {

    private InASession() {}

    @SuppressWarnings("unchecked")
    public static RequestPostProcessor inASession(ApplicationContext web) {
        var sessions =
                (SessionRepository<Session>) (SessionRepository<?>) web.getBean(JdbcIndexedSessionRepository.class);
        Session session = sessions.createSession();
        sessions.save(session);
        // The session's cookie as the web writes it (its name differs in a test without a server).
        var written = new MockHttpServletResponse();
        web.getBean(CookieSerializer.class)
                .writeCookieValue(
                        new CookieSerializer.CookieValue(new MockHttpServletRequest(), written, session.getId()));
        return request -> {
            request.setCookies(written.getCookies());
            return request;
        };
    }
}
