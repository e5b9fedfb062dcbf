"""Reads the generated orchestration files as Python reads them, without Airflow or Dagster installed: each file is
compiled (py_compile), then its structure is taken from its syntax tree (ast) and printed as one JSON object for the
C# test to hold against the pipeline manifest.

Usage: python3 inspect_orchestration.py ORCHESTRATION_DIR
"""

import ast
import json
import pathlib
import py_compile
import sys
import tempfile


def value(node):
    """A literal as Python, a placeholder name as "$NAME", a call as its function's name and arguments."""
    if isinstance(node, ast.Name):
        return "$" + node.id
    if isinstance(node, ast.Call):
        return {"call": ast.unparse(node.func), "args": [value(a) for a in node.args],
                "kwargs": {k.arg: value(k.value) for k in node.keywords}}
    if isinstance(node, ast.List):
        return [value(item) for item in node.elts]
    if isinstance(node, ast.Dict):
        return {ast.literal_eval(k): value(v) for k, v in zip(node.keys, node.values)}
    return ast.literal_eval(node)


def seconds(node):
    """timedelta(seconds=N) as N."""
    call = value(node)
    assert call["call"] == "timedelta", ast.unparse(node)
    return call["kwargs"]["seconds"]


def top_level_names(tree):
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                names.update(t.id for t in ast.walk(target) if isinstance(t, ast.Name))
    return names


def unresolved_imports(tree, module, helper):
    """Names a file imports from the helper module that the helper does not define."""
    missing = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module:
            missing += [alias.name for alias in node.names if alias.name not in helper]
    return missing


def airflow_dag(path, helper):
    tree = ast.parse(path.read_text(), str(path))
    with_dag = next(node for node in tree.body if isinstance(node, ast.With))
    dag = value(with_dag.items[0].context_expr)
    assert dag["call"] == "DAG", dag["call"]
    tasks, edges, variables = {}, [], {}
    for node in with_dag.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            name = ast.unparse(call.func)
            variable = node.targets[0].id
            kwargs = {k.arg: k.value for k in call.keywords}
            if name == "strata_task":
                task_id = value(call.args[0])
                tasks[task_id] = {
                    "arguments": value(call.args[1]),
                    "retries": value(kwargs["retries"]),
                    "retry_delay_s": seconds(kwargs["retry_delay"]),
                    "execution_timeout_s": seconds(kwargs["execution_timeout"]),
                    "outlets": [ast.unparse(o) for o in kwargs["outlets"].elts] if "outlets" in kwargs else [],
                    "post_execute": ast.unparse(kwargs["post_execute"]) if "post_execute" in kwargs else None,
                }
            elif name == "wait_for":
                task_id = variable
                tasks[task_id] = {"sensor": [ast.unparse(a) for a in call.args]}
            else:
                raise AssertionError(f"{path}: unexpected task {name}")
            variables[variable] = task_id
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.RShift):
            edges.append([node.value.left.id, node.value.right.id])
    return {
        "dag_id": dag["kwargs"]["dag_id"],
        "schedule": dag["kwargs"]["schedule"],
        "catchup": dag["kwargs"]["catchup"],
        "max_active_runs": dag["kwargs"]["max_active_runs"],
        "tasks": tasks,
        "edges": [[variables[a], variables[b]] for a, b in edges],
        "unresolved_imports": unresolved_imports(tree, "strata_airflow", helper),
    }


def dagster(path, helper):
    tree = ast.parse(path.read_text(), str(path))
    assets, jobs, schedules, resources = {}, {}, [], []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            decorator = value(node.decorator_list[0])
            assert decorator["call"] == "asset", decorator
            spec = decorator["kwargs"]
            key = "/".join(spec["key"])
            body = value(node.body[0].value)
            assert body["call"] == "run_step", body
            assets[key] = {
                "group": spec["group_name"],
                "deps": ["/".join(dep) for dep in spec["deps"]],
                "partitions": spec["partitions_def"],
                "retry_policy": spec["retry_policy"]["args"],
                "checks": [{"name": c["args"][0], "asset": "/".join(c["kwargs"]["asset"]), "blocking": c["kwargs"]["blocking"]}
                           for c in spec["check_specs"]],
                "arguments": body["args"][2],
            }
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = value(node.value)
            if call["call"] == "pipeline_job":
                jobs[call["args"][0]] = call["args"][1]
            elif call["call"] == "Definitions":
                schedules = [{"job": s["args"][0][1:-4], "cron": s["args"][1], "timezone": s["args"][2]}
                             for s in call["kwargs"]["schedules"]]
                resources = sorted(call["kwargs"]["resources"])
                defined = {"assets": call["kwargs"]["assets"], "jobs": call["kwargs"]["jobs"]}
    return {"assets": assets, "jobs": jobs, "schedules": schedules, "resources": resources, "defined": defined,
            "unresolved_imports": unresolved_imports(tree, "strata_dagster.steps", helper)}


def main(root):
    root = pathlib.Path(root)
    with tempfile.TemporaryDirectory() as compiled:
        for path in sorted(root.rglob("*.py")):
            py_compile.compile(str(path), cfile=str(pathlib.Path(compiled) / (path.name + "c")), doraise=True)
    airflow_helper = top_level_names(ast.parse((root / "airflow/dags/strata_airflow.py").read_text()))
    dagster_helper = top_level_names(ast.parse((root / "dagster/strata_dagster/steps.py").read_text()))
    dags = {path.stem: airflow_dag(path, airflow_helper)
            for path in sorted((root / "airflow/dags").glob("strata_*.py")) if path.name != "strata_airflow.py"}
    print(json.dumps({"compiled": sorted(str(p.relative_to(root)) for p in root.rglob("*.py")),
                      "airflow": dags, "dagster": dagster(root / "dagster/strata_dagster/definitions.py", dagster_helper)}))


if __name__ == "__main__":
    main(sys.argv[1])
