/**
 * Source files checked: the code linter and the static linter agent and advisor (pages through the
 * web checks, Python, JavaScript and CSS files through the code linter), and the security and
 * architecture advisors.
 */
package dev.baton.code;
