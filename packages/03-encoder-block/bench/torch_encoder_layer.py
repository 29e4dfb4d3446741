"""Times PyTorch's nn.TransformerEncoderLayer forward pass on one thread, for the stage 3 benchmark.

Run by encoder-block.bench.ts with Debian's python3-torch; by hand, from the repository root:

    /usr/bin/python3 packages/03-encoder-block/bench/torch_encoder_layer.py \
        BATCH SEQ D_MODEL NUM_HEADS D_FF RUNS [train]

It prints one JSON line: {"ms": median wall ms, "low": fastest, "high": slowest, "cpu": median
CPU ms of the process, "runs": RUNS, "torch": version}.
The layer is post-LN with relu and dropout 0, in eval mode without gradients, the
way it runs for inference (PyTorch may take its fused fast path there).
With a last argument `train` it times one training step instead, as the TypeScript side
does: forward in train mode (dropout 0), mean squared error against a fixed target,
backward, one Adam step.
"""

import json
import statistics
import sys
import time

import torch
from torch import nn


def main():
    batch, seq, d_model, num_heads, d_ff, runs = (int(a) for a in sys.argv[1:7])
    train = sys.argv[7:8] == ["train"]
    torch.set_num_threads(1)
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(d_model, num_heads, dim_feedforward=d_ff, dropout=0.0,
                                       batch_first=True).eval()
    x = torch.randn(batch, seq, d_model)
    target = torch.randn(batch, seq, d_model)
    optimiser = torch.optim.Adam(layer.parameters(), lr=1e-4)

    def step():
        if not train:
            with torch.no_grad():
                layer(x)
            return
        optimiser.zero_grad()
        loss = torch.mean((layer(x) - target) ** 2)
        loss.backward()
        optimiser.step()

    if train:
        layer.train()
    times = []
    cpu_times = []
    for _ in range(2):  # warm-up
        step()
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        step()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    print(json.dumps({"ms": statistics.median(times), "low": min(times), "high": max(times),
                      "cpu": statistics.median(cpu_times),
                      "runs": runs, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
