/** The published language between services: versioned integration events in one envelope, and their JSON form. */
package no.klagesak.contracts;
