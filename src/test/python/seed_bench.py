"""The seed framework's own runner, as a whole process, for Baton's benchmarks (PeerBenchmark).

Usage: python3 seed_bench.py PEER_SRC chain|waves N       N no-op stages by its parallel runner
       python3 seed_bench.py PEER_SRC example PIPELINE    its example pipeline by its own loader and runner

PEER_SRC is the folder that holds the seed's `src` package (../shared/peer/seed-src). The no-op
stages are those of Baton's benchmark: a chain (each stage after the one before), or waves of 8
(each stage after one stage of the wave before), run by OrchestratorParallel.run_waves with 8
workers; the agent returns its task, the advisor approves. Writes nothing but what the seed writes
under the current folder.
"""
import sys

sys.path.insert(0, sys.argv[1])

from src.core.base import BaseAdvisor, BaseFunctionalAgent  # noqa: E402
from src.core.types import AgentMetadata, AgentOutput  # noqa: E402

WIDTH = 8


class NoopAgent(BaseFunctionalAgent):
    name = "NoopAgent"

    def process(self, task, context):
        return AgentOutput(content=task, metadata=AgentMetadata(agent_name=self.name))


class NoopAdvisor(BaseAdvisor):
    def review(self, output, task, context):
        return {"score": 1.0, "approved": True, "critical_issues": [], "suggestions": [], "summary": "",
                "severity": "low"}


def noop(shape, n):
    from src.orchestrator.runner_parallel import OrchestratorParallel, PipelineStep
    steps = []
    for i in range(n):
        if shape == "chain":
            name, deps = "s%d" % i, ["s%d" % (i - 1)] if i > 0 else []
        else:
            w, k = divmod(i, WIDTH)
            name, deps = "w%ds%d" % (w, k), ["w%ds%d" % (w - 1, k)] if w > 0 else []
        steps.append(PipelineStep(stage=name, agent="noop", advisor="noop", task="noop", depends_on=deps))
    OrchestratorParallel(lambda _: NoopAgent(), lambda _: NoopAdvisor(), max_workers=WIDTH).run_waves(steps)


def example(pipeline):
    from src.orchestrator.factory import advisor_factory, agent_factory
    from src.orchestrator.runner import Orchestrator
    from src.orchestrator.yaml_loader import YAMLPipelineLoader
    steps, policy = YAMLPipelineLoader().load_from_file(pipeline)
    orchestrator = Orchestrator(agent_factory, advisor_factory)
    orchestrator.policy = policy
    orchestrator.memory.set("product_idea", "a bike repair cafe")
    orchestrator.run(steps)


if __name__ == "__main__":
    if sys.argv[2] == "example":
        example(sys.argv[3])
    else:
        noop(sys.argv[2], int(sys.argv[3]))
