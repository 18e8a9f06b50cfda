/**
 * The code skeleton agents: a first version of a page (semantic HTML and its stylesheet) or of a
 * Python or JavaScript module, written from the assignment.
 */
package dev.baton.skeleton;
