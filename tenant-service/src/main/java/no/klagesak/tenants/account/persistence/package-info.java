/** The account states in MongoDB: one document per person, each write a single-document update. */
@NullMarked
package no.klagesak.tenants.account.persistence;

import org.jspecify.annotations.NullMarked;
