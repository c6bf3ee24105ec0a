package dev.rollscope.model.export;

import java.util.Locale;
import java.util.Objects;

/**
 * How a simulation is told as a diagram or a report.
 *
 * @param showLoadBalancers draw the load balancer, Service or Kong upstream in front of each hop as
 *                          a participant of its own (the GCP external ALB is always drawn: it is a
 *                          proxy with its own budget and answers)
 * @param autonumber        number the messages
 * @param locale            the language of every text: English, or Simplified Chinese
 *                          ({@link Locale#SIMPLIFIED_CHINESE}); other locales fall back to English
 * @param detail            every event, or only those that decide the request's fate
 */
public record ExportOptions(boolean showLoadBalancers, boolean autonumber, Locale locale, Detail detail) {

    /** How much of the trace a diagram tells. */
    public enum Detail {
        /** Every leg, transfer, timer, retry and instance event the request met. */
        ALL,
        /** The legs, answers, long transfers, retries and the rollout events that touch the request. */
        ESSENTIAL
    }

    public ExportOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(detail, "detail");
    }

    /** No load balancers, numbered messages, English, essential events. */
    public static ExportOptions defaults() {
        return new ExportOptions(false, true, Locale.ENGLISH, Detail.ESSENTIAL);
    }

    public ExportOptions withShowLoadBalancers(boolean on) {
        return new ExportOptions(on, autonumber, locale, detail);
    }

    public ExportOptions withAutonumber(boolean on) {
        return new ExportOptions(showLoadBalancers, on, locale, detail);
    }

    public ExportOptions withLocale(Locale newLocale) {
        return new ExportOptions(showLoadBalancers, autonumber, newLocale, detail);
    }

    public ExportOptions withDetail(Detail newDetail) {
        return new ExportOptions(showLoadBalancers, autonumber, locale, newDetail);
    }

    public boolean all() {
        return detail == Detail.ALL;
    }
}
