package dev.baton.bench;

import java.util.List;
import java.util.Locale;

/** Draws the makespan benchmark as an SVG bar chart: makespan over critical path per DAG, waves beside eager. */
final class Chart {

    private Chart() {
    }

    static String makespan(List<MakespanBenchmark.Row> rows) {
        int width = 60 + rows.size() * 34;
        int height = 320;
        double max = rows.stream().mapToDouble(r -> Math.max(r.waves(), r.eager()) / r.criticalPath()).max().orElse(1.5);
        double top = Math.max(1.6, Math.ceil(max * 10) / 10);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"18\" font-size=\"13\">Makespan / critical path per DAG (lower is better; 1.0 is the bound)</text>\n");
        double scale = 240 / top;
        int base = 280;
        for (double t = 1.0; t <= top + 1e-9; t += 0.1) {
            double y = base - t * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"50\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", width - 5, y, y,
                    Math.abs(t - 1.0) < 1e-9 ? "#333" : "#ddd"));
            svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%.1f\">%.1f</text>%n", y + 4, t));
        }
        for (int i = 0; i < rows.size(); i++) {
            MakespanBenchmark.Row r = rows.get(i);
            int x = 60 + i * 34;
            bar(svg, x, base, r.waves() / r.criticalPath() * scale, "#9aa5b1");
            bar(svg, x + 13, base, r.eager() / r.criticalPath() * scale, "#1f77b4");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%d%s</text>%n", x + 2, base + 14, i, r.seriesParallel() ? "sp" : ""));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"60\" y=\"300\" width=\"10\" height=\"10\" fill=\"#9aa5b1\"/><text x=\"74\" y=\"309\">waves</text>%n"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"130\" y=\"300\" width=\"10\" height=\"10\" fill=\"#1f77b4\"/><text x=\"144\" y=\"309\">eager</text>%n"));
        svg.append("<text x=\"200\" y=\"309\">(sp: series-parallel DAG)</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder svg, int x, int base, double h, String color) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"%.1f\" fill=\"%s\"/>%n", x, base - h, h, color));
    }
}
