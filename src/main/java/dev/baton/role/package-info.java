/**
 * What the built-in agents and advisors share: the files a stage can see, its inputs and the
 * outputs upstream, its task read, a text written as its output, and the {@code template} agent,
 * whose output is its rendered task.
 */
package dev.baton.role;
