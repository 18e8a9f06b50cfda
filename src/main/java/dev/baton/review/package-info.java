/**
 * The general reviewers, which judge any output: the {@code CodeReviewAdvisor} (each file by its
 * kind) and the {@code RequirementsAdvisor} (whether the output meets what the task asked).
 */
package dev.baton.review;
