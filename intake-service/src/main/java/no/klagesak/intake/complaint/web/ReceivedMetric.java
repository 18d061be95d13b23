package no.klagesak.intake.complaint.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.klagesak.intake.complaint.application.RegisteringComplaint;
import no.klagesak.intake.complaint.model.Channel;
import org.springframework.stereotype.Component;

/**
 * {@code klagesak.complaints.received}: complaints received, by tenant, track and channel (a repeated send counts
 * once). The tags name no person: the tenant is a company, the track and channel are classifications.
 */
@Component
class ReceivedMetric {

    private final MeterRegistry meters;

    ReceivedMetric(MeterRegistry meters) {
        this.meters = meters;
    }

    RegisteringComplaint.Receipt counted(String tenantId, Channel channel, RegisteringComplaint.Receipt receipt) {
        if (!receipt.repeated()) {
            Counter.builder("klagesak.complaints.received")
                    .description("Complaints and whistleblowing reports received")
                    .tag("tenant", tenantId)
                    .tag("track", receipt.track().name())
                    .tag("channel", channel.name())
                    .register(meters)
                    .increment();
        }
        return receipt;
    }
}
