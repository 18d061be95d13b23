package no.klagesak.intake;

import java.time.Clock;
import java.util.Objects;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.intake.archive.ArchiveJobs;
import no.klagesak.intake.archive.Archiving;
import no.klagesak.intake.archive.JournalNumbers;
import no.klagesak.intake.complaint.application.ErasingComplaint;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.RegisteringComplaint;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.application.port.ContentTypes;
import no.klagesak.intake.complaint.application.port.IntakeRoutines;
import no.klagesak.intake.complaint.application.port.ReceiptCodeHashes;
import no.klagesak.intake.complaint.application.port.ReferenceNumbers;
import no.klagesak.intake.complaint.application.port.TenantRules;
import no.klagesak.intake.complaint.model.AttachmentRules;
import no.klagesak.support.access.NeedToKnowConfiguration;
import no.klagesak.support.sealing.EventSealer;
import no.klagesak.support.sealing.SealingConfiguration;
import no.klagesak.support.tenant.TenantCopy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Explicit wiring: the domain's plain classes are built here, not found by scanning. */
@Configuration
@Import({SealingConfiguration.class, NeedToKnowConfiguration.class})
class IntakeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Archiving archiving(
            Complaints complaints, Attachments attachments, ArchiveJobs jobs, JournalNumbers numbers, Clock clock) {
        return new Archiving(complaints, attachments, jobs, numbers, clock);
    }

    @Bean
    TenantRules tenantRules(TenantCopy tenants) {
        return tenantId -> tenants.find(tenantId).filter(TenantSnapshot::active).map(IntakeRoutines::of);
    }

    @Bean
    RegisteringComplaint registeringComplaint(
            Complaints complaints,
            ReferenceNumbers referenceNumbers,
            TenantRules rules,
            ReceiptCodeHashes hashes,
            Attachments attachments,
            ContentTypes contentTypes,
            Clock clock) {
        return new RegisteringComplaint(
                complaints,
                referenceNumbers,
                rules,
                hashes,
                attachments,
                contentTypes,
                AttachmentRules.STANDARD,
                clock);
    }

    @Bean
    ErasingComplaint erasingComplaint(Complaints complaints, Clock clock) {
        return new ErasingComplaint(complaints, clock);
    }

    @Bean
    FollowingUp followingUp(
            Complaints complaints, ReceiptCodeHashes hashes, TenantRules rules, Clock clock, EventSealer sealer) {
        return new FollowingUp(
                complaints,
                hashes,
                rules,
                clock,
                (tenantId, complaintId, words) -> Objects.requireNonNull(sealer.seal(tenantId, complaintId, words)));
    }
}
