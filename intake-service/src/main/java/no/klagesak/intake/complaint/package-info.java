/**
 * The complaint as received: what it says, who sent it and how, and what the complainant may do with it afterwards.
 * The rooms, as in the DDD examples this code learns from:
 *
 * <ul>
 *   <li>{@code model}: the complaint and its values and rules (plain Java, knows nothing else);
 *   <li>{@code application}: the use cases (registering, following up, erasing, what the person concerned may read),
 *       each a plain class wired in {@code IntakeConfiguration};
 *   <li>{@code application.port}: what the use cases need from outside (the store, the tenant's rules, hashing,
 *       numbering, file types), implemented by the adapters;
 *   <li>the adapters: {@code web} (HTTP), {@code persistence} (MongoDB), {@code messaging} (Kafka), {@code filetype}
 *       (Apache Tika).
 * </ul>
 */
@NullMarked
package no.klagesak.intake.complaint;

import org.jspecify.annotations.NullMarked;
