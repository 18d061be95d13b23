/** A complainant's own pages, logged in with ID-porten: the complaints they sent while logged in. */
@NullMarked
package no.klagesak.web.mycomplaints;

import org.jspecify.annotations.NullMarked;
