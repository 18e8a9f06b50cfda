package dev.baton.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' one direction, checked on the class files (the README's Layout section draws it):
 * base (messages, JSON, the template engine) → pipeline → plan → job XML → the agent and advisor
 * SPI → records of runs → the stage rules and, beside them, the built-in agents and advisors →
 * remote workers (the broker, the dispatch of stages and the worker loop) → the batch runtime's adapter → the runtime services → the REST API → the command line.
 */
class LayersTests {

    private static final String[] BUILT_INS = {"dev.baton.command..", "dev.baton.llm..", "dev.baton.role..", "dev.baton.findings..",
            "dev.baton.scoring..", "dev.baton.web..", "dev.baton.code..", "dev.baton.document..", "dev.baton.skeleton..",
            "dev.baton.packaging..", "dev.baton.review.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.baton");
    }

    @Test
    void everyPackageDependsOnEarlierLayersOnly() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("dev.baton.message..", "dev.baton.json..", "dev.baton.template..", "dev.baton.telemetry..")
                .layer("Pipeline").definedBy("dev.baton.pipeline..")
                .layer("Plan").definedBy("dev.baton.plan..")
                .layer("JobXml").definedBy("dev.baton.jobxml..")
                .layer("Spi").definedBy("dev.baton.agent..", "dev.baton.advisor..")
                .layer("Record").definedBy("dev.baton.record..")
                .layer("Stage").definedBy("dev.baton.stage..")
                .layer("BuiltIns").definedBy(BUILT_INS)
                .layer("Remote").definedBy("dev.baton.remote..")
                .layer("Batch").definedBy("dev.baton.batch..")
                .layer("Runtime").definedBy("dev.baton.runtime..")
                .layer("Doctor").definedBy("dev.baton.doctor..")
                .layer("Rest").definedBy("dev.baton.rest..")
                .layer("Console").definedBy("dev.baton.console..")
                .layer("Cli").definedBy("dev.baton.cli..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Doctor").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Rest").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Console").mayOnlyBeAccessedByLayers("Rest")
                .whereLayer("Runtime").mayOnlyBeAccessedByLayers("Doctor", "Rest", "Cli")
                .whereLayer("Batch").mayOnlyBeAccessedByLayers("Runtime")
                // the doctor alone knows what the built-ins need (the model endpoint, Chromium)
                .whereLayer("Remote").mayOnlyBeAccessedByLayers("Batch", "Runtime")
                .whereLayer("BuiltIns").mayOnlyBeAccessedByLayers("Doctor")
                .whereLayer("Stage").mayOnlyBeAccessedByLayers("Remote", "Batch", "Runtime")
                .whereLayer("Record").mayOnlyBeAccessedByLayers("Stage", "Remote", "Batch", "Runtime", "Doctor", "Rest", "Cli")
                .whereLayer("Spi").mayOnlyBeAccessedByLayers("Record", "Stage", "BuiltIns", "Remote", "Batch", "Runtime", "Rest")
                .whereLayer("JobXml").mayOnlyBeAccessedByLayers("Remote", "Batch", "Runtime")
                .whereLayer("Plan").mayOnlyBeAccessedByLayers("JobXml", "Stage", "Remote", "Batch", "Runtime", "Rest", "Cli")
                .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Plan", "JobXml", "Stage", "Remote", "Batch", "Runtime", "Doctor", "Rest", "Cli")
                .check(classes);
    }

    @Test
    void frontEndsTalkToTheRuntimeNotToTheBatchRuntimeOrTheStageRules() {
        noClasses().that().resideInAnyPackage("dev.baton.cli..", "dev.baton.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.baton.batch..", "dev.baton.stage..", "dev.baton.jobxml..",
                        "dev.baton.remote..", "jakarta.jms..", "org.apache.activemq..",
                        "dev.baton.template..", "org.jberet..")
                .check(classes);
    }

    @Test
    void theStageRulesRunWithoutTheBatchRuntime() {
        noClasses().that().resideInAnyPackage("dev.baton.stage..", "dev.baton.pipeline..", "dev.baton.plan..", "dev.baton.jobxml..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.batch..", "org.jberet..", "jakarta.enterprise..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void remoteWorkersRunTheStageRulesWithoutTheBatchRuntime() {
        noClasses().that().resideInAnyPackage("dev.baton.remote..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.batch..", "org.jberet..", "jakarta.enterprise..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void theConsoleIsStaticFilesAndTalksOnlyToTheApiOverHttp() {
        noClasses().that().resideInAnyPackage("dev.baton.console..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.baton.rest..", "dev.baton.runtime..", "dev.baton.batch..",
                        "dev.baton.record..", "org.jberet..", "jakarta.batch..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.baton.(*)..").should().beFreeOfCycles().check(classes);
    }
}
