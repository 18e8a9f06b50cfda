/**
 * {@code baton doctor}: checks what runs need on this machine (Java, the job repository, the model
 * endpoint, Chromium, the OTLP endpoint) and says what is missing and how to get it; with a
 * pipeline, only what that pipeline needs. It knows the built-ins' needs, so it alone of the front
 * ends' helpers may look at them.
 */
package dev.baton.doctor;
