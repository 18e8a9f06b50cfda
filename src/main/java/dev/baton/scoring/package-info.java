/**
 * How the built-in advisors score an attempt: the files under review and the kind of each, a
 * scorecard of weighted checks, one file's inspection, and the review of a findings report by
 * running its checker again.
 */
package dev.baton.scoring;
