"""Execute notebooks headlessly on the tslab kernel and render them to HTML.

Usage: python3 execute_notebooks.py [--wrong-answers PLAN.json] OUT_DIR TEMPLATE_DIR WORK_DIR NOTEBOOK...

Each notebook runs with the kernel's working folder at WORK_DIR (the notebooks
folder, so package imports resolve as they do for a learner), cell by cell. On
the first failing cell it prints the notebook, the cell number and the error,
and exits 1. Otherwise it writes the executed notebook and an HTML rendering of
it to OUT_DIR and prints one progress line per notebook with its time.

A code cell whose metadata holds `mha.learner` ran with its exercise solution
filled in. Before anything is written its source goes back to the learner form
(the TODO stub), and the solved source moves to `mha.solution`, which the HTML
template shows folded away in a <details> block.

With --wrong-answers (a plan from scripts/notebook-wrong-answers.mjs), a notebook the
plan names then has its exercises' wrong answers tried in its own kernel, still holding
everything the notebook defined (its exercises come last), after its output is written:
each wrong answer must fail its check (run_notebook_mutants.try_wrong_answers). A wrong
answer that passes fails the run, as a failing cell does.
"""

import base64
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbclient.util import run_sync
from nbconvert import HTMLExporter

sys.dont_write_bytecode = True  # no __pycache__ in scripts/ for the import below
from run_notebook_mutants import Kernel, try_wrong_answers  # noqa: E402

CELL_TIMEOUT_SECONDS = int(os.environ.get("MHA_CELL_TIMEOUT", "600"))


def failing_cell(notebook):
    """Index and source of the first code cell whose outputs hold an error."""
    code_index = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        code_index += 1
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return code_index, cell.source, output
    return None


class KernelDied(Exception):
    """The kernel process died: not a failing cell."""


def execute(path, out_dir, work_dir, exporter, wrong_answers=None):
    """Run one notebook; retry once if the kernel itself dies.

    A kernel can die for reasons that are not the notebook's (the machine
    runs out of memory, say), so a dead kernel gets one more try, and says so.
    MHA_NO_RETRY turns the retry off (the kernel-survival test uses it).
    """
    try:
        return execute_once(path, out_dir, work_dir, exporter, wrong_answers)
    except KernelDied as error:
        if os.environ.get("MHA_NO_RETRY"):
            print(f"FAIL {os.path.basename(path)}: the kernel died ({error})", flush=True)
            return False
        print(f"note {os.path.basename(path)}: the kernel died ({error}); running it once more", flush=True)
    try:
        return execute_once(path, out_dir, work_dir, exporter, wrong_answers)
    except KernelDied as error:
        print(f"FAIL {os.path.basename(path)}: the kernel died twice ({error})", flush=True)
        return False


def to_learner_form(notebook):
    """Puts each solved cell's learner source back; keeps the solution in metadata."""
    for cell in notebook.cells:
        mha = cell.get("metadata", {}).get("mha")
        if cell.cell_type != "code" or not mha or "learner" not in mha:
            continue
        cell.metadata["mha"] = {"solution": cell.source}
        cell.source = mha["learner"]


ANSI = re.compile(r"\x1b\[[0-9;]*m")
LOCAL_NOTEBOOK_LINK = re.compile(r"\]\((\d\d-[\w-]+)\.ipynb(#[^)]*)?\)")


def html_links(notebook):
    """A copy whose markdown links to sibling notebooks point at their HTML renderings."""
    copy = nbformat.from_dict(json.loads(json.dumps(notebook)))
    for cell in copy.cells:
        if cell.cell_type == "markdown":
            cell.source = LOCAL_NOTEBOOK_LINK.sub(r"](\1.html\2)", cell.source)
    return copy


def execute_once(path, out_dir, work_dir, exporter, wrong_answers=None):
    name = os.path.basename(path)
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="tslab",
        timeout=CELL_TIMEOUT_SECONDS,
        resources={"metadata": {"path": work_dir}},
    )
    if wrong_answers is None:
        return run_notebook(client, notebook, name, out_dir, exporter, keep_kernel=False)
    # The kernel outlives the notebook's last cell, for the wrong answers; it is stopped
    # here, whatever happened.
    try:
        if not run_notebook(client, notebook, name, out_dir, exporter, keep_kernel=True):
            return False
        return try_in_notebook_kernel(client, wrong_answers)
    finally:
        stop_kernel(client)


def run_notebook(client, notebook, name, out_dir, exporter, keep_kernel):
    """Runs every cell, then writes the outputs; False (with the failing cell printed)
    when a cell fails. With keep_kernel the kernel is left running."""
    started = time.monotonic()
    try:
        client.execute(cleanup_kc=not keep_kernel)
    except DeadKernelError as error:
        raise KernelDied(str(error).splitlines()[0] if str(error) else "DeadKernelError") from error
    except (CellExecutionError, CellTimeoutError) as error:
        found = failing_cell(notebook)
        if found is None:
            lines = [line for line in str(error).splitlines() if line.strip()]
            print(f"FAIL {name}: {type(error).__name__}:", flush=True)
            print("\n".join("  " + line for line in lines[-12:]), flush=True)
        else:
            index, source, output = found
            first_line = source.strip().splitlines()[0] if source.strip() else ""
            print(
                f"FAIL {name}, code cell {index} ({first_line!r}): "
                f"{output.get('ename', 'Error')}: {output.get('evalue', '')}",
                flush=True,
            )
            for line in output.get("traceback", [])[:12]:
                print("  " + ANSI.sub("", line), flush=True)
        return False
    seconds = time.monotonic() - started
    write_outputs(notebook, name, out_dir, exporter)
    print(f"ok   {name}  {seconds:6.1f} s", flush=True)
    return True


def write_outputs(notebook, name, out_dir, exporter):
    """The executed notebook, in learner form, and its HTML rendering, into out_dir."""
    stem = os.path.splitext(name)[0]
    to_learner_form(notebook)
    nbformat.write(notebook, os.path.join(out_dir, name))
    html, _ = exporter.from_notebook_node(html_links(notebook))
    with open(os.path.join(out_dir, stem + ".html"), "w", encoding="utf-8") as handle:
        handle.write(html)


def stop_kernel(client):
    """Stops the kernel that client.execute(cleanup_kc=False) left running."""
    if client.kc is not None:
        client.kc.stop_channels()
    if client.km is not None and client.km.has_kernel:
        run_sync(client.km.shutdown_kernel)(now=True)


def try_in_notebook_kernel(client, entry):
    """Tries the exercises' wrong answers in the kernel that just ran the notebook (its
    owner, execute_once, stops it). True when every wrong answer failed its check."""
    started = time.monotonic()
    kernel = Kernel.attach(client.km.get_connection_info(session=False))
    try:
        rejected, tried, problems, lines = try_wrong_answers(kernel, entry)
    finally:
        kernel.stop()
    seconds = time.monotonic() - started
    for line in lines:
        print(line, flush=True)
    print(
        f"{entry['name']}: {len(entry['exercises'])} exercises, {rejected} of {tried} wrong "
        f"answers rejected, {seconds:.1f} s",
        flush=True,
    )
    for problem in problems:
        print(f"FAIL {problem}", flush=True)
    return not problems


def svg_data_uri(svg):
    """An SVG document as a data: URI, for an <img> tag."""
    encoded = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return "data:image/svg+xml;base64," + encoded


def main():
    args = sys.argv[1:]
    plan = {}
    if args[:1] == ["--wrong-answers"]:
        with open(args[1], encoding="utf-8") as handle:
            plan = {entry["name"]: entry for entry in json.load(handle)["notebooks"]}
        args = args[2:]
    out_dir, template_dir, work_dir, *paths = args
    os.makedirs(out_dir, exist_ok=True)
    exporter = HTMLExporter(
        extra_template_basedirs=[template_dir],
        template_name="mha",
        filters={"svg_data_uri": svg_data_uri},
    )
    for path in paths:
        if not execute(path, out_dir, work_dir, exporter, plan.get(os.path.basename(path))):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
