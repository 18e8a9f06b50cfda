/**
 * The agent SPI: the one-method {@link dev.baton.agent.Agent} a stage's producer implements, its
 * request and output, and the factory that finds agents by the names pipelines use.
 */
package dev.baton.agent;
