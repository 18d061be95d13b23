/**
 * A tenant's routine and organisation as the tenant service publishes them: the published language every other
 * service reads its local copy in. Plain records, no behaviour beyond small derived answers.
 */
@NullMarked
package no.klagesak.contracts.tenant;

import org.jspecify.annotations.NullMarked;
