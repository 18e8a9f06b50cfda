package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.TaskBrief;
import dev.baton.role.Words;

/**
 * The Python modules of a small ETL pipeline, standard library only: the data model (source and
 * target records, rejected rows, and {@code transform}, which validates and converts one row) and
 * the pipeline ({@code extract} from CSV, {@code transform_all}, an idempotent {@code load} into a
 * JSON-lines file keyed by id, {@code run} with its report, and a command-line {@code main}). The
 * pipeline imports the data model when the stage has it among its inputs, else includes it.
 */
final class PythonEtlModules {

    private static final String MODEL = """
            REQUIRED_FIELDS = ("id", "name", "amount")

            @dataclass(frozen=True)
            class SourceRecord:
                \"\"\"A row as read from a source: its line number and its fields as text.\"\"\"

                line: int
                values: Dict[str, str]

            @dataclass(frozen=True)
            class TargetRecord:
                \"\"\"A validated row, ready to load.\"\"\"

                id: str
                name: str
                amount: float

            @dataclass(frozen=True)
            class RejectedRow:
                \"\"\"A row that failed validation, with the reason.\"\"\"

                line: int
                reason: str

            def transform(record: SourceRecord) -> Union[TargetRecord, RejectedRow]:
                \"\"\"Validate and convert one row; a missing or malformed field rejects it with the reason.\"\"\"
                for field in REQUIRED_FIELDS:
                    if not record.values.get(field, "").strip():
                        return RejectedRow(record.line, "missing field '" + field + "'")
                text = record.values["amount"].strip()
                try:
                    amount = float(text)
                except ValueError:
                    return RejectedRow(record.line, "amount is not a number: " + repr(text))
                return TargetRecord(record.values["id"].strip(), record.values["name"].strip(), amount)
            """;

    private PythonEtlModules() {
    }

    /** The data model module. */
    static String model(Assignment a) {
        return PythonText.moduleDocstring("Data model and transformation logic for " + a.ideaPhrase() + ".",
                "Task: " + Words.sentence(a.task().ask()) + " Rows are read as SourceRecord, validated and converted by transform()"
                        + " into TargetRecord, or rejected as RejectedRow with a reason.")
                + "\nfrom dataclasses import dataclass\nfrom typing import Dict, Union\n\n" + MODEL;
    }

    /** The pipeline module; {@code modelModule} is the module to import the model from, or null to include it. */
    static String pipeline(Assignment a, String modelModule) {
        String model = modelModule == null
                ? "from dataclasses import dataclass\nfrom typing import Dict, Iterator, List, Tuple, Union\n\n" + MODEL
                : "from dataclasses import dataclass\nfrom typing import Iterator, List, Tuple\n\n"
                + "from " + modelModule + " import RejectedRow, SourceRecord, TargetRecord, transform\n";
        return PythonText.moduleDocstring("ETL pipeline for " + a.ideaPhrase() + ": extract, transform, load.",
                "Task: " + Words.sentence(a.task().ask()) + " Usage: python3 etl_pipeline.py --source data.csv --target out.jsonl."
                        + " Loads are idempotent: rows are keyed by id, so a re-run never duplicates them.")
                + "\nimport argparse\nimport csv\nimport json\nimport sys\nfrom pathlib import Path\n" + model
                + """

                @dataclass(frozen=True)
                class RunReport:
                    \"\"\"What one run did: rows read, rejected and written.\"\"\"

                    read: int
                    rejected: int
                    written: int

                def extract(path) -> Iterator[SourceRecord]:
                    \"\"\"Read the CSV file at path, one SourceRecord per data row (lines counted from 1).\"\"\"
                    with open(path, newline="", encoding="utf-8") as handle:
                        for offset, row in enumerate(csv.DictReader(handle)):
                            yield SourceRecord(offset + 2, {key: value or "" for key, value in row.items()})

                def transform_all(records) -> Tuple[List[TargetRecord], List[RejectedRow]]:
                    \"\"\"Transform every record; return the valid ones and the rejected ones.\"\"\"
                    valid, rejected = [], []
                    for record in records:
                        result = transform(record)
                        (rejected if isinstance(result, RejectedRow) else valid).append(result)
                    return valid, rejected

                def load(records, target) -> int:
                    \"\"\"Upsert records by id into the JSON-lines file target; return how many were written.\"\"\"
                    path = Path(target)
                    stored = {}
                    if path.exists():
                        for line in path.read_text(encoding="utf-8").splitlines():
                            if line.strip():
                                row = json.loads(line)
                                stored[row["id"]] = row
                    for record in records:
                        stored[record.id] = {"id": record.id, "name": record.name, "amount": record.amount}
                    lines = [json.dumps(stored[key], sort_keys=True) for key in sorted(stored)]
                    path.write_text("\\n".join(lines) + ("\\n" if lines else ""), encoding="utf-8")
                    return len(records)

                def run(source, target) -> RunReport:
                    \"\"\"Extract from source, transform, load into target, and report the counts.\"\"\"
                    records = list(extract(source))
                    valid, rejected = transform_all(records)
                    for row in rejected:
                        print("rejected line %d: %s" % (row.line, row.reason), file=sys.stderr)
                    written = load(valid, target)
                    return RunReport(len(records), len(rejected), written)

                def main(argv=None) -> int:
                    \"\"\"Run the pipeline from the command line and print its report.\"\"\"
                    parser = argparse.ArgumentParser(description="Extract, transform and load rows.")
                    parser.add_argument("--source", required=True, help="the CSV file to read")
                    parser.add_argument("--target", required=True, help="the JSON-lines file to upsert into")
                    args = parser.parse_args(argv)
                    report = run(args.source, args.target)
                    print("read %d, rejected %d, written %d" % (report.read, report.rejected, report.written))
                    return 0

                if __name__ == "__main__":
                    sys.exit(main())
                """;
    }

    /** Whether a path or task is about the data model rather than the pipeline. */
    static boolean isModel(String path, TaskBrief task) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.contains("model") || p.contains("schema") || task.mentions("data model") && !task.mentions("implement");
    }
}
