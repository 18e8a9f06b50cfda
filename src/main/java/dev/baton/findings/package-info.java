/**
 * Findings of the built-in checkers (rule, severity, file, line, message), their counts and score,
 * and the Markdown report that carries them with a JSON block advisors read back.
 */
package dev.baton.findings;
