"""The PyTorch peer of `pnpm bench gpt`: one training step (forward, backward, Adam with clipping) of the
same GPT the package trains, on 1 thread.

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/torch_gpt.py '<json config>'

The config is the JSON the benchmark passes: vocabSize, dModel, numHeads, numKvHeads,
numLayers, dFF, seqLen, batch, steps. The model is written out as in the package: token
embedding (tied output), pre-LN blocks of causal grouped-query attention with rotate-half RoPE
and a GELU feed-forward network, a final layer norm; the loss is the mean cross-entropy of the
next token. Prints one JSON line: the median wall and CPU milliseconds per step after warm-up.
"""

import json
import math
import statistics
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
cfg = json.loads(sys.argv[1])
V, D, H, G = cfg["vocabSize"], cfg["dModel"], cfg["numHeads"], cfg["numKvHeads"]
L, FF, T, B = cfg["numLayers"], cfg["dFF"], cfg["seqLen"], cfg["batch"]
DH = D // H


def rope(x):  # (B, h, T, DH), rotate-half
    half = DH // 2
    theta = 10000.0 ** (-2.0 * torch.arange(half) / DH)
    angle = torch.arange(x.shape[-2])[:, None] * theta[None, :]
    cos, sin = torch.cos(angle), torch.sin(angle)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1, self.ln2 = torch.nn.LayerNorm(D), torch.nn.LayerNorm(D)
        self.q, self.k, self.v = torch.nn.Linear(D, D), torch.nn.Linear(D, G * DH), torch.nn.Linear(D, G * DH)
        self.o = torch.nn.Linear(D, D)
        self.f1, self.f2 = torch.nn.Linear(D, FF), torch.nn.Linear(FF, D)

    def forward(self, x, mask):
        b, t, _ = x.shape
        h = self.ln1(x)
        q = rope(self.q(h).view(b, t, H, DH).transpose(1, 2))  # (B, H, T, DH)
        k = rope(self.k(h).view(b, t, G, DH).transpose(1, 2))  # (B, G, T, DH)
        v = self.v(h).view(b, t, G, DH).transpose(1, 2)  # (B, G, T, DH)
        k, v = k.repeat_interleave(H // G, dim=1), v.repeat_interleave(H // G, dim=1)
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(DH)
        weights = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
        x = x + self.o((weights @ v).transpose(1, 2).reshape(b, t, D))
        return x + self.f2(F.gelu(self.f1(self.ln2(x))))


class GPT(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = torch.nn.Embedding(V, D)
        self.blocks = torch.nn.ModuleList([Block() for _ in range(L)])
        self.ln = torch.nn.LayerNorm(D)

    def forward(self, idx):
        mask = torch.ones(idx.shape[1], idx.shape[1], dtype=torch.bool).tril()
        x = self.emb(idx)
        for block in self.blocks:
            x = block(x, mask)
        return self.ln(x) @ self.emb.weight.T  # tied output


torch.manual_seed(0)
model = GPT()
opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.95))
x = torch.randint(0, V, (B, T))
y = torch.randint(0, V, (B, T))
times = []
cpu_times = []
for i in range(cfg["steps"] + 2):
    start = time.perf_counter()
    cpu_start = time.process_time()
    loss = F.cross_entropy(model(x).view(-1, V), y.view(-1))
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    if i >= 2:
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
print(json.dumps({"torchTrainStepMs": statistics.median(times),
                  "torchCpuMs": statistics.median(cpu_times), "torch": torch.__version__}))
