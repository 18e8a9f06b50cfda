package dev.baton.packaging;

import dev.baton.role.Workspace;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.Scorecard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive: it reads to the end with every checksum right, holds at least one entry, holds
 * each of the stage's declared inputs under its path, has no entry that would unpack outside its
 * folder, and no empty entry.
 */
public final class ZipInspection {

    private ZipInspection() {
    }

    /** The entries of an archive, name to size, in order; throws when it does not read. */
    static Map<String, Long> entries(byte[] bytes) throws IOException {
        boolean signed = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
        if (!signed) {
            throw new IOException("it does not start with a zip signature");
        }
        Map<String, Long> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
        }
        return entries;
    }

    /** The inspection of an archive that should hold the stage's declared {@code inputs}. */
    public static Inspection inspect(String path, byte[] bytes, List<String> inputs) {
        Scorecard card = new Scorecard();
        Map<String, Long> entries;
        try {
            entries = entries(bytes);
        } catch (IOException | IllegalArgumentException e) {
            card.measure("valid_archive", 4, 0).critical(path + " is not a readable zip archive (" + e.getMessage()
                    + "); write it again with a zip library");
            return Inspection.of(path, OutputKind.ZIP, card, path + ": not a readable archive");
        }
        card.measure("valid_archive", 2, 1);
        card.measure("has_entries", 1, entries.isEmpty() ? 0 : 1);
        if (entries.isEmpty()) {
            card.critical(path + " is empty; package the stage's inputs into it");
        }
        List<String> missing = new ArrayList<>();
        for (String input : inputs) {
            String name = Workspace.normalize(input);
            if (name != null && !name.equals(Workspace.normalize(path)) && !entries.containsKey(name)) {
                missing.add(input);
            }
        }
        if (!inputs.isEmpty()) {
            card.measure("inputs_packed", 3, 1.0 - (double) missing.size() / inputs.size());
        }
        missing.forEach(m -> card.critical(path + " does not contain the declared input " + m + "; add it under that name"));
        List<String> unsafe = entries.keySet().stream().filter(n -> Workspace.normalize(n) == null || !Workspace.normalize(n).equals(n)).toList();
        card.measure("safe_names", 2, unsafe.isEmpty() ? 1 : 0);
        unsafe.forEach(u -> card.critical(path + " has the entry '" + u + "', which would unpack outside its folder; use a plain relative path"));
        List<String> empty = entries.entrySet().stream().filter(e -> e.getValue() == 0 && !e.getKey().endsWith("/")).map(Map.Entry::getKey).toList();
        card.measure("non_empty_entries", 1, entries.isEmpty() ? 0 : 1.0 - (double) empty.size() / entries.size());
        empty.forEach(e -> card.suggest(path + ": the entry " + e + " is empty; package the real file"));
        long total = entries.values().stream().mapToLong(Long::longValue).sum();
        card.fact("entries", entries.size()).fact("unpacked_bytes", total);
        return Inspection.of(path, OutputKind.ZIP, card, path + ": " + entries.size() + " entries, " + total
                + " bytes unpacked, " + (inputs.size() - missing.size()) + " of " + inputs.size() + " inputs packed");
    }
}
