package dev.baton.document;

import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.role.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementsDraftingAgentTests {

    @TempDir
    Path run;

    private final RequirementsDraftingAgent agent = new RequirementsDraftingAgent();

    @Test
    void aPrdHasEverySectionTestableStoriesAndTheRequestedExtras() {
        AgentOutput out = agent.produce(Requests.stage("Product Definition").runFolder(run)
                .task("Create comprehensive PRD for: Coffee shop\nBrand: BlueBean\nDesign tone: minimal\nPrimary color: #0ea5e9\n"
                        + "Include: goals, personas, features, marketing messaging, CTA strategy")
                .memory("product_idea", "Coffee shop").memory("brand", "BlueBean").memory("tone", "minimal")
                .outputs("docs/product_definition.md").build());
        String prd = (String) out.content();
        MarkdownOutline outline = MarkdownOutline.parse(prd);
        for (SectionSpec spec : DocumentKind.PRD.sections()) {
            assertTrue(spec.in(outline), "section " + spec.title() + " in\n" + prd);
        }
        for (String extra : List.of("Features", "Marketing Messaging", "CTA Strategy", "Brand and Design")) {
            assertTrue(outline.find(extra).isPresent(), extra);
        }
        assertTrue(prd.startsWith("# Product Requirements Document: Coffee shop"), prd);
        long stories = prd.lines().filter(l -> l.matches(".*As an? .+, I want .+, so that .+")).count();
        long criteria = prd.lines().filter(l -> l.matches(".*Given .+, when .+, then .+")).count();
        assertTrue(stories >= 5 && criteria == stories, stories + " stories, " + criteria + " criteria");
        assertTrue(prd.contains("WCAG 2.1"), prd);
        assertTrue(prd.contains("BlueBean"));
        assertEquals(1, out.artifacts().size());
        assertEquals("docs/product_definition.md", out.artifacts().get(0).path());
        assertEquals(prd, new String(out.artifacts().get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(prd, agent.produce(Requests.stage("Product Definition").runFolder(run)
                .task("Create comprehensive PRD for: Coffee shop\nBrand: BlueBean\nDesign tone: minimal\nPrimary color: #0ea5e9\n"
                        + "Include: goals, personas, features, marketing messaging, CTA strategy")
                .memory("product_idea", "Coffee shop").memory("brand", "BlueBean").memory("tone", "minimal")
                .outputs("docs/product_definition.md").build()).content(), "deterministic");
    }

    @Test
    void theIdeaComesFromTheTaskWhenMemoryHasNoneAndTheDomainFollowsIt() {
        String prd = (String) agent.produce(Requests.stage("Requirements").runFolder(run)
                .task("Define requirements for a REST API service using FastAPI").build()).content();
        assertTrue(prd.startsWith("# Product Requirements Document: A REST API service using FastAPI"), prd);
        assertTrue(prd.contains("GET /health"), prd);
    }

    @Test
    void aReadmeUsesTheUpstreamPrdAndHasTheRequestedSections() throws Exception {
        String prd = (String) agent.produce(Requests.stage("Product Definition").runFolder(run)
                .task("Create PRD for: Coffee shop").memory("product_idea", "Coffee shop").build()).content();
        Files.createDirectories(run.resolve("docs"));
        Files.writeString(run.resolve("docs/product_definition.md"), prd);
        String readme = (String) agent.produce(Requests.stage("Documentation").runFolder(run)
                .task("Create README for: Coffee shop\nInclude:\n- Project description\n"
                        + "- Design system (brand: BlueBean, color: #0ea5e9, tone: minimal)\n- Setup instructions\n"
                        + "- Usage examples\n- Screenshots section\n- License")
                .memory("product_idea", "Coffee shop").memory("brand", "BlueBean").memory("primary_color", "#0ea5e9")
                .memory("tone", "minimal").inputs("docs/product_definition.md").outputs("README.md").build()).content();
        MarkdownOutline outline = MarkdownOutline.parse(readme);
        assertEquals("BlueBean", outline.title());
        for (SectionSpec spec : DocumentKind.README.sections()) {
            assertTrue(spec.in(outline), spec.title() + " in\n" + readme);
        }
        assertTrue(outline.find("Design System").isPresent(), readme);
        assertTrue(outline.find("Screenshots").isPresent(), readme);
        assertTrue(readme.contains("#0ea5e9"), readme);
        assertTrue(readme.contains("docs/product_definition.md"), "says where the requirements are");
    }

    @Test
    void aMissingInputIsAnErrorThatNamesIt() {
        AgentException e = assertThrows(AgentException.class, () -> agent.produce(Requests.stage("Documentation")
                .runFolder(run).task("Create README").inputs("docs/product_definition.md").build()));
        assertTrue(e.getMessage().contains("'docs/product_definition.md'"), e.getMessage());
    }

    @Test
    void anApiGuideDocumentsTheRoutesOfItsInput() throws Exception {
        Files.createDirectories(run.resolve("src"));
        Files.writeString(run.resolve("src/api_service.py"), """
                from fastapi import FastAPI, HTTPException
                app = FastAPI()

                @app.get("/items/{item_id}")
                def read_item(item_id: int):
                    \"\"\"Return one item.\"\"\"
                    raise HTTPException(status_code=404, detail="no such item")

                @app.delete("/items/{item_id}")
                def delete_item(item_id: int, authorization: str = Header(default="")):
                    \"\"\"Delete one item.\"\"\"
                """);
        String guide = (String) agent.produce(Requests.stage("Documentation").runFolder(run)
                .task("Create API documentation and usage guide").inputs("src/api_service.py").build()).content();
        assertTrue(guide.contains("| GET | `/items/{item_id}` | `read_item` | Return one item. |"), guide);
        assertTrue(guide.contains("curl http://localhost:8000/items/1"), guide);
        assertTrue(guide.contains("| 404 |"), guide);
        assertTrue(guide.contains("curl -X DELETE -H \"Authorization: Bearer $API_TOKEN\" http://localhost:8000/items/1"), guide);
        assertTrue(guide.contains("Write endpoints expect `Authorization: Bearer <token>`"), guide);
        for (SectionSpec spec : DocumentKind.API_GUIDE.sections()) {
            assertTrue(spec.in(MarkdownOutline.parse(guide)), spec.title());
        }
    }

    @Test
    void onARetryTheDraftAnswersEachPointOfTheLastReview() {
        String prd = (String) agent.produce(Requests.stage("requirements").runFolder(run).task("Create PRD for: tea")
                .memory("product_idea", "a tea room").attempt(2)
                .memory("requirements.last_review", Map.of("score", 0.5, "approved", false,
                        "critical_issues", List.of("The user stories do not cover staff"),
                        "suggestions", List.of("Decide the opening hours")))
                .build()).content();
        assertTrue(prd.contains("\"The user stories do not cover staff\" → addressed in the section \"User Stories\""), prd);
        assertTrue(prd.contains("\"Decide the opening hours\" → recorded under Open Questions"), prd);
        assertTrue(MarkdownOutline.parse(prd).find("Open Questions").orElseThrow().body().contains("Decide the opening hours"), prd);
    }
}
