/**
 * The {@code command} agent and advisor: a program run from an argv list, never through a shell,
 * with the task or the output to review on its standard input.
 */
package dev.baton.command;
