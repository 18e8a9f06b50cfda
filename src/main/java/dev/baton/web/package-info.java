/**
 * HTML pages and their stylesheets read and checked: the linter, the WCAG 2.1 audit with colour
 * contrast, what a page shows, and the screenshot agent (headless Chromium, PNG).
 */
package dev.baton.web;
