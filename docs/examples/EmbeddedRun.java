import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.runtime.Baton;
import dev.baton.runtime.RunRefusedException;
import dev.baton.runtime.RunRequest;

import java.nio.file.Path;

/**
 * A program that embeds Baton: it runs a pipeline file with options, in this JVM, and reads the
 * report, as the seed framework's {@code OrchestratorParallel(...).run_waves(...)} did for Python.
 * Every check of the command line applies; a run that cannot start says why, at its line and column.
 *
 *   javac -cp target/baton.jar -d target/example docs/examples/EmbeddedRun.java
 *   java -cp target/baton.jar:target/example EmbeddedRun pipelines/welcome.yaml customer=Ann
 */
public class EmbeddedRun {

    public static void main(String[] args) throws Exception {
        RunRequest request = RunRequest.of(Path.of(args[0])).parallel(2);
        for (int i = 1; i < args.length; i++) {
            String[] entry = args[i].split("=", 2);
            request = request.withMemory(entry[0], entry[1]);
        }
        Baton baton = new Baton();
        RunReport report;
        try {
            report = baton.run(request);
        } catch (RunRefusedException refused) {
            refused.problems().forEach(problem -> System.out.println("refused: " + problem));
            System.exit(2);
            return;
        }
        System.out.println(report.pipeline() + " " + report.status() + " (execution " + report.executionId() + ")");
        for (StageReport stage : report.stages()) {
            System.out.println("  " + stage.name() + " " + stage.status() + ", " + stage.attempts() + " attempt(s)");
        }
        System.out.println("run folder " + report.runFolder());
        System.exit(report.succeeded() ? 0 : 1);
    }
}
