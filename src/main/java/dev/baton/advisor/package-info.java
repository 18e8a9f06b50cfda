/**
 * The advisor SPI: the one-method {@link dev.baton.advisor.Advisor} a stage's reviewer implements,
 * its request and {@link dev.baton.advisor.Review}, and the factory that finds advisors by name.
 */
package dev.baton.advisor;
