package no.klagesak.routing.assignment;

import java.time.Period;

/** The part of a tenant's routine that routing applies. */
public record RoutingRoutine(Period handlingTime, String lineManager, String managingDirector) {}
