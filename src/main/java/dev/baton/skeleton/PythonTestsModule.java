package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.Words;

import java.util.List;

/**
 * A pytest module for the Python module a stage has as input: real tests for the functions of
 * the ETL pipeline this package writes ({@code extract}, {@code transform_all}, {@code load},
 * {@code run}) and, for any other top-level function, a test that it exists and is callable.
 * The module under test is imported from its folder, found relative to the tests folder.
 */
final class PythonTestsModule {

    private PythonTestsModule() {
    }

    /**
     * @param modulePath the module under test, relative to the run folder, or null
     * @param source     its source, or the empty text
     * @param testPath   where the tests go, relative to the run folder
     */
    static String write(Assignment a, String modulePath, String source, String testPath) {
        if (modulePath == null) {
            return PythonText.moduleDocstring("Tests for " + a.ideaPhrase() + ".", "Task: " + Words.sentence(a.task().ask())
                    + " No Python module was among this stage's inputs, so there is nothing to import yet.")
                    + "\nimport pytest\n\n\n@pytest.mark.skip(reason=\"no module under test among the stage's inputs\")\n"
                    + "def test_module_under_test_is_declared():\n    \"\"\"Declare the module under test as the stage's input.\"\"\"\n";
        }
        String module = modulePath.substring(modulePath.lastIndexOf('/') + 1).replace(".py", "");
        String moduleDir = modulePath.contains("/") ? modulePath.substring(0, modulePath.lastIndexOf('/')) : "";
        int depth = testPath.split("/").length - 1;
        List<String> functions = PythonText.topLevelFunctions(source);
        StringBuilder py = new StringBuilder(PythonText.moduleDocstring("Tests for " + modulePath + ".",
                "Task: " + Words.sentence(a.task().ask()) + " Run with: python3 -m pytest " + testPath));
        py.append("\nimport sys\nfrom pathlib import Path\n\n")
                .append("sys.path.insert(0, str(Path(__file__).resolve().parents[").append(depth).append("]")
                .append(moduleDir.isEmpty() ? "" : " / " + PythonText.literal(moduleDir)).append("))\n\n")
                .append("import ").append(module).append(" as subject  # noqa: E402\n");
        boolean etl = functions.containsAll(List.of("extract", "transform_all", "load", "run"));
        if (etl) {
            py.append("""

                    def write_csv(path, rows):
                        \"\"\"Write a CSV file with a header and the given rows.\"\"\"
                        path.write_text("id,name,amount\\n" + "".join(row + "\\n" for row in rows), encoding="utf-8")
                        return path

                    def test_extract_reads_every_row_with_its_line(tmp_path):
                        \"\"\"Given a CSV of two rows, extract yields two records numbered from line 2.\"\"\"
                        records = list(subject.extract(write_csv(tmp_path / "in.csv", ["1,Tea,2.5", "2,Cake,3"])))
                        assert [record.line for record in records] == [2, 3]
                        assert records[0].values["name"] == "Tea"

                    def test_transform_rejects_a_row_without_a_required_field(tmp_path):
                        \"\"\"Given a row without a name, transform_all rejects it and names the field.\"\"\"
                        records = list(subject.extract(write_csv(tmp_path / "in.csv", ["1,,2.5", "2,Cake,3"])))
                        valid, rejected = subject.transform_all(records)
                        assert len(valid) == 1
                        assert "name" in rejected[0].reason

                    def test_load_is_idempotent(tmp_path):
                        \"\"\"Loading the same rows twice leaves the same target.\"\"\"
                        records = list(subject.extract(write_csv(tmp_path / "in.csv", ["1,Tea,2.5"])))
                        valid, _ = subject.transform_all(records)
                        target = tmp_path / "out.jsonl"
                        subject.load(valid, target)
                        first = target.read_text(encoding="utf-8")
                        subject.load(valid, target)
                        assert target.read_text(encoding="utf-8") == first

                    def test_run_reports_rows_read_rejected_and_written(tmp_path):
                        \"\"\"A run over three rows with one bad amount reports 3 read, 1 rejected, 2 written.\"\"\"
                        source = write_csv(tmp_path / "in.csv", ["1,Tea,2.5", "2,Cake,x", "3,Pie,4"])
                        report = subject.run(source, tmp_path / "out.jsonl")
                        assert (report.read, report.rejected, report.written) == (3, 1, 2)
                    """);
        }
        for (String f : functions) {
            if (etl && List.of("extract", "transform_all", "load", "run").contains(f)) {
                continue;
            }
            py.append("\n\ndef test_").append(f).append("_is_callable():\n")
                    .append("    \"\"\"").append(module).append(".").append(f).append(" exists and can be called.\"\"\"\n")
                    .append("    assert callable(subject.").append(f).append(")\n");
        }
        if (functions.isEmpty()) {
            py.append("\n\ndef test_module_imports():\n    \"\"\"The module under test imports.\"\"\"\n    assert subject is not None\n");
        }
        return py.toString();
    }
}
