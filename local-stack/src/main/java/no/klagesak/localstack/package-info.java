/**
 * The local stack: everything the platform needs, on this machine, without Docker. See README "Run it locally".
 */
package no.klagesak.localstack;
