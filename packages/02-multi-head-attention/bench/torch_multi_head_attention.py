"""Times PyTorch's nn.MultiheadAttention forward pass on one thread, for the stage 2 benchmark.

Run by multi-head-attention.bench.ts with Debian's python3-torch; by hand:

    /usr/bin/python3 packages/02-multi-head-attention/bench/torch_multi_head_attention.py \
        BATCH SEQ D_MODEL NUM_HEADS RUNS

It prints one JSON line: {"ms": median wall ms, "low": fastest, "high": slowest, "cpu": median
CPU ms of the process, "runs": RUNS, "torch": version}.
Like the TypeScript side it returns per-head weights (need_weights=True,
average_attn_weights=False), in float32, without gradients.
"""

import json
import statistics
import sys
import time

import torch
from torch import nn


def main():
    batch, seq, d_model, num_heads, runs = (int(a) for a in sys.argv[1:6])
    torch.set_num_threads(1)
    torch.manual_seed(0)
    mha = nn.MultiheadAttention(d_model, num_heads, bias=True, batch_first=True).eval()
    x = torch.randn(batch, seq, d_model)

    def forward():
        return mha(x, x, x, need_weights=True, average_attn_weights=False)

    times = []
    cpu_times = []
    with torch.no_grad():
        for _ in range(2):  # warm-up
            forward()
        for _ in range(runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            forward()
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
    print(json.dumps({"ms": statistics.median(times), "low": min(times), "high": max(times),
                      "cpu": statistics.median(cpu_times),
                      "runs": runs, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
