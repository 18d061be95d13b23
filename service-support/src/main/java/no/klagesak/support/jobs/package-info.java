/**
 * Work a user asked for that takes longer than a request (an annual report's export, an archive extract), kept in
 * MongoDB as one document per job so that any replica can take it up and its page can show how far it has come.
 */
@NullMarked
package no.klagesak.support.jobs;

import org.jspecify.annotations.NullMarked;
