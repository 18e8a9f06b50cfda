/**
 * Packaging: the zip packager agent, which archives its inputs with the files their pages use,
 * byte for byte the same for the same files, and the inspection of zip archives.
 */
package dev.baton.packaging;
