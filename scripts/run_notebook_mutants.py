"""Try wrong answers against the notebooks' exercise checks, one kernel per notebook.

Usage: python3 run_notebook_mutants.py PLAN.json WORK_DIR

(execute_notebooks.py also imports try_wrong_answers and Kernel.attach from here, to try
them in each notebook's own kernel right after the notebook has run.)

PLAN.json (written by scripts/notebook-mutants.mjs) lists, for each notebook, the
code of the cells the exercises need (its context), and for each exercise the
exercise cell with the stored solution, the check cell, and the wrong answers:
the exercise cell with one solution region replaced.

For each notebook one tslab kernel starts (MHA_MUTANT_JOBS notebooks at a time,
default 2) with its working folder at WORK_DIR.
It runs the context cells, then for each exercise: the solution and the check
(both must succeed), each wrong answer and the check (the wrong answer's own
cell must run, and the check must fail), and the solution again, so that later
exercises see the right definitions. Prints one line per wrong answer, then
`N of N wrong answers rejected`; exits 1 if a wrong answer passed, a solution
failed its check, or a context cell failed.
"""

import json
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from jupyter_client.blocking import BlockingKernelClient
from jupyter_client.manager import start_new_kernel

TIMEOUT_SECONDS = int(os.environ.get("MHA_CELL_TIMEOUT", "300"))
ERROR_PAUSE_SECONDS = 0.3
ABORTED = "Aborted: the kernel did not run the cell"
JOBS = max(1, int(os.environ.get("MHA_MUTANT_JOBS", "2")))


class Kernel:
    def __init__(self, manager, client):
        """A kernel's client; with its manager when this program started the kernel."""
        self.manager, self.client = manager, client

    @classmethod
    def start(cls, work_dir):
        """A new tslab kernel working in work_dir."""
        return cls(*start_new_kernel(kernel_name="tslab", cwd=work_dir))

    @classmethod
    def attach(cls, connection_info):
        """A client of a kernel that is already running (another program owns it)."""
        client = BlockingKernelClient()
        client.load_connection_info(connection_info)
        client.start_channels()
        client.wait_for_ready(timeout=TIMEOUT_SECONDS)
        return cls(None, client)

    def run(self, code):
        """Runs one cell; returns None on success, else 'Name: message'.

        tslab cancels requests that reach it shortly after a failing cell; on a busy
        machine that window can outlast the pause after an error, so a cancelled cell
        is sent again, up to three times.
        """
        for attempt in range(4):
            result = self.run_once(code)
            if result != ABORTED:
                return result
            time.sleep(ERROR_PAUSE_SECONDS * (attempt + 2))
        return result

    def run_once(self, code):
        errors = []

        def hook(message):
            if message["msg_type"] == "error":
                content = message["content"]
                errors.append(f"{content.get('ename', 'Error')}: {content.get('evalue', '')}")
            elif message["msg_type"] == "stream" and message["content"].get("name") == "stderr":
                self.stderr.append(message["content"].get("text", ""))

        self.stderr = []
        try:
            reply = self.client.execute_interactive(
                code,
                store_history=False,
                allow_stdin=False,
                stop_on_error=False,
                timeout=TIMEOUT_SECONDS,
                output_hook=hook,
            )
        except TimeoutError:
            return f"Timeout: no answer after {TIMEOUT_SECONDS} s"
        content = reply["content"]
        if content.get("status") == "abort":
            return ABORTED
        if content.get("status") == "error":
            # tslab cancels whatever arrives in the 200 ms after a failing cell.
            time.sleep(ERROR_PAUSE_SECONDS)
            found = errors[0] if errors else f"{content.get('ename', 'Error')}: {content.get('evalue', '')}"
            if found.strip() in ("Error:", ":"):
                text = "".join(self.stderr)
                named = re.search(r"^(\w*Error\b.*)$", text, re.M)
                found = named.group(1) if named else " ".join(text.split())[:300]
            return found
        return None

    def stop(self):
        self.client.stop_channels()
        if self.manager is not None:
            self.manager.shutdown_kernel(now=True)


def first_line(text):
    lines = [line for line in (text or "").splitlines() if line.strip()]
    return lines[0][:160] if lines else ""


def try_wrong_answers(kernel, entry):
    """For each exercise of a notebook whose context already ran in `kernel`: the solution
    and its check (must pass), each wrong answer and the check (must fail), the solution
    again. Returns (rejected, tried, problems, report lines)."""
    name = entry["name"]
    lines = []
    rejected = 0
    tried = 0
    problems = []
    for exercise in entry["exercises"]:
        label = f"{name} {exercise['label']}"
        error = kernel.run(exercise["solution"]) or kernel.run(exercise["check"])
        if error:
            problems.append(f"{label}: the stored solution fails its check: {first_line(error)}")
            continue
        for mutant in exercise["mutants"]:
            tried += 1
            own = kernel.run(mutant["code"])
            if own:
                problems.append(
                    f"{label}, wrong answer '{mutant['name']}': its own cell fails "
                    f"before the check runs ({first_line(own)}); make it a runnable answer"
                )
                continue
            verdict = kernel.run(exercise["check"])
            if verdict:
                rejected += 1
                lines.append(f"  rejected  {label}: {mutant['name']}  ({first_line(verdict)})")
            else:
                problems.append(f"{label}: the wrong answer '{mutant['name']}' PASSED the check")
                lines.append(f"  PASSED    {label}: {mutant['name']}")
        error = kernel.run(exercise["solution"])
        if error:
            problems.append(f"{label}: the solution failed when run again: {first_line(error)}")
    return rejected, tried, problems, lines


def run_notebook(entry, work_dir):
    """Returns (rejected, tried, problems, report lines) for one notebook, in a kernel of
    its own that runs the notebook's context cells first."""
    name = entry["name"]
    started = time.monotonic()
    kernel = Kernel.start(work_dir)
    try:
        for index, code in enumerate(entry["context"]):
            error = kernel.run(code)
            if error:
                return 0, 0, [f"{name}: context cell {index + 1} failed: {first_line(error)}"], []
        rejected, tried, problems, lines = try_wrong_answers(kernel, entry)
    finally:
        kernel.stop()
    seconds = time.monotonic() - started
    lines.append(f"{name}: {len(entry['exercises'])} exercises, {tried} wrong answers, {seconds:.1f} s")
    return rejected, tried, problems, lines


def main():
    plan_path, work_dir = sys.argv[1:3]
    with open(plan_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    rejected = 0
    tried = 0
    problems = []
    # One kernel per notebook, JOBS notebooks at a time; each notebook's lines print together.
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        for r, t, p, lines in pool.map(lambda entry: run_notebook(entry, work_dir), plan["notebooks"]):
            print("\n".join(lines), flush=True)
            rejected += r
            tried += t
            problems += p
    print(f"{rejected} of {tried} wrong answers rejected", flush=True)
    if problems:
        print("\n".join(problems), file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
