/**
 * The admin console at {@code /baton/}: a small static application (one HTML page, ES modules and a
 * stylesheet, all from the class path) that talks to the REST API at {@code /baton/api/} and its
 * Server-Sent Events. The same resources serve it in the WAR and in {@code baton serve}.
 */
package dev.baton.console;
