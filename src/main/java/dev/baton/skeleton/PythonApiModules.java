package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.TaskBrief;
import dev.baton.role.Words;

/**
 * The Python modules of a small REST API: the design ({@code schema}: Pydantic models and the
 * endpoint list) and the service (a FastAPI application implementing those endpoints over an
 * in-memory store, with a bearer token from {@code API_TOKEN} guarding the write endpoints). The
 * service imports the schema module when the stage has one among its inputs, else defines the
 * models itself.
 */
final class PythonApiModules {

    private static final String MODELS = """
            class ItemCreate(BaseModel):
                \"\"\"What a client sends to create an item.\"\"\"

                name: str = Field(..., min_length=1, max_length=200)
                description: Optional[str] = Field(default=None, max_length=2000)

            class Item(ItemCreate):
                \"\"\"An item as stored and returned, with its id.\"\"\"

                id: int

            class Error(BaseModel):
                \"\"\"The body of an error response.\"\"\"

                detail: str
            """;

    private PythonApiModules() {
    }

    /** The API design module. */
    static String schema(Assignment a) {
        return PythonText.moduleDocstring("REST API design for " + a.ideaPhrase() + ": schemas and endpoints.",
                "Task: " + Words.sentence(a.task().ask()) + " The service module imports these models; FastAPI derives the OpenAPI"
                        + " document (/openapi.json) and the interactive docs (/docs) from them.")
                + "\nfrom typing import Optional\n\nfrom pydantic import BaseModel, Field\n\n\n" + MODELS
                + "\n\n# Method, path, summary and whether a bearer token is required.\nENDPOINTS = [\n"
                + "    (\"GET\", \"/health\", \"Report whether the service can serve requests.\", False),\n"
                + "    (\"GET\", \"/items\", \"List items, oldest first.\", False),\n"
                + "    (\"POST\", \"/items\", \"Create an item.\", True),\n"
                + "    (\"GET\", \"/items/{item_id}\", \"Return one item.\", False),\n"
                + "    (\"DELETE\", \"/items/{item_id}\", \"Delete an item.\", True),\n"
                + "]\n";
    }

    /**
     * The service module.
     *
     * @param schemaModule the module to import the models from, or null to define them here
     * @param ownModule    this module's name, for the command that starts it
     */
    static String service(Assignment a, String schemaModule, String ownModule) {
        String imports = schemaModule == null
                ? "from pydantic import BaseModel, Field\n"
                : "from " + schemaModule + " import Item, ItemCreate\n";
        String models = schemaModule == null ? "\n\n" + MODELS : "";
        String typing = schemaModule == null ? "from typing import Dict, List, Optional\n" : "from typing import Dict, List\n";
        return PythonText.moduleDocstring("The " + a.design().brand() + " API: a FastAPI service for " + a.ideaPhrase() + ".",
                "Task: " + Words.sentence(a.task().ask()) + " Run it with `uvicorn " + ownModule + ":app --reload`; set API_TOKEN to enable"
                        + " the write endpoints. Items live in memory and are lost when the process ends.")
                + "\nimport os\n" + typing + "\nfrom fastapi import Depends, FastAPI, Header, HTTPException\n" + imports
                + models
                + "\n\napp = FastAPI(title=" + PythonText.literal(a.design().brand() + " API") + ", version=\"0.1.0\")\n"
                + "_items: Dict[int, Item] = {}\n"
                + "\n\ndef require_token(authorization: str = Header(default=\"\")) -> None:\n"
                + "    \"\"\"Reject the request with 401 unless it carries the bearer token set in API_TOKEN.\"\"\"\n"
                + "    expected = os.environ.get(\"API_TOKEN\", \"\")\n"
                + "    if not expected or authorization != \"Bearer \" + expected:\n"
                + "        raise HTTPException(status_code=401, detail=\"missing or invalid bearer token\")\n"
                + "\n\n@app.get(\"/health\")\ndef health() -> dict:\n"
                + "    \"\"\"Report whether the service can serve requests.\"\"\"\n    return {\"status\": \"ok\"}\n"
                + "\n\n@app.get(\"/items\", response_model=List[Item])\ndef list_items() -> List[Item]:\n"
                + "    \"\"\"List items, oldest first.\"\"\"\n    return [_items[key] for key in sorted(_items)]\n"
                + "\n\n@app.post(\"/items\", response_model=Item, status_code=201, dependencies=[Depends(require_token)])\n"
                + "def create_item(payload: ItemCreate) -> Item:\n"
                + "    \"\"\"Create an item; needs the bearer token.\"\"\"\n"
                + "    item = Item(id=max(_items, default=0) + 1, name=payload.name, description=payload.description)\n"
                + "    _items[item.id] = item\n    return item\n"
                + "\n\n@app.get(\"/items/{item_id}\", response_model=Item)\ndef read_item(item_id: int) -> Item:\n"
                + "    \"\"\"Return one item.\"\"\"\n    if item_id not in _items:\n"
                + "        raise HTTPException(status_code=404, detail=\"no such item\")\n    return _items[item_id]\n"
                + "\n\n@app.delete(\"/items/{item_id}\", status_code=204, dependencies=[Depends(require_token)])\n"
                + "def delete_item(item_id: int) -> None:\n"
                + "    \"\"\"Delete an item; needs the bearer token.\"\"\"\n    if _items.pop(item_id, None) is None:\n"
                + "        raise HTTPException(status_code=404, detail=\"no such item\")\n";
    }

    /** Whether a path or task is about the API's design rather than its implementation. */
    static boolean isDesign(String path, TaskBrief task) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.contains("schema") || p.contains("model") || (task.mentions("design") || task.mentions("schema"))
                && !task.mentions("implement");
    }
}
