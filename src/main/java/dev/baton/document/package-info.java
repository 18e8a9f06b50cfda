/**
 * Documents: what a role is asked (its assignment: task, idea, design, kind of product, upstream
 * requirements, review to address), the Markdown documents drafted from it (PRD, README, API
 * guide, refined prompt, review), and how they are measured.
 */
package dev.baton.document;
