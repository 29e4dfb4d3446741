"""Golden fixtures for stage 5 (efficient attention), from PyTorch.

Run with Debian's python3-torch (PyTorch 1.13):

    /usr/bin/python3 packages/05-efficient-attention/scripts/make_fixtures.py

It writes test/fixtures/efficient-attention.json with, for each case, q, k, v and the
outputs of the formulas written out with PyTorch ops in float64 (PyTorch 1.13 has no
F.scaled_dot_product_attention):

- "band": softmax attention restricted to |i - j| <= window (and j <= i when causal);
  what localAttention must give.
- "masked": softmax attention with an explicit mask (true = may attend, this project's
  polarity) and each policy for a query with no allowed key: zero, uniform (1/seqK on
  every key) and nan; what memoryEfficientAttention must give.
- "linear": elu(x)+1 kernel attention, (phi(Q) phi(K)^T [masked]) V normalised by its row
  sums, plain and causal; what linearAttention must give.
- "favor": kernel attention with positive random features for a given projection W
  [dK, m]: phi(x) = exp(x~ W - |x~|^2 / 2) / sqrt(m), x~ = x / dK^(1/4).

NaN is written as null (JSON has none). The tests read this file; they never need Python.
"""

import json
import math
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures",
                   "efficient-attention.json")
DECIMALS = 7


def to_list(t):
    if t.dtype == torch.bool:
        return t.tolist()
    flat = [None if math.isnan(x) else round(x, DECIMALS) for x in t.flatten().tolist()]
    def build(shape, values):
        if not shape:
            return values.pop(0)
        return [build(shape[1:], values) for _ in range(shape[0])]
    return build(list(t.shape), flat)


def softmax_attention(q, k, v, allowed, masked_rows="zero"):
    scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
    scores = scores.masked_fill(~allowed, float("-inf"))
    has_key = allowed.any(-1, keepdim=True)
    weights = torch.softmax(scores.masked_fill(~has_key, 0.0), -1) * has_key
    if masked_rows == "uniform":
        weights = torch.where(has_key, weights, torch.full_like(weights, 1 / k.shape[-2]))
    elif masked_rows == "nan":
        weights = torch.where(has_key, weights, torch.full_like(weights, float("nan")))
    return weights @ v


def band(seq_q, seq_k, window, causal):
    i = torch.arange(seq_q).unsqueeze(1)
    j = torch.arange(seq_k).unsqueeze(0)
    allowed = (j - i).abs() <= window
    return allowed & (j <= i) if causal else allowed


def kernel_attention(phi_q, phi_k, v, causal):
    a = phi_q @ phi_k.transpose(-1, -2)
    if causal:
        n = a.shape[-1]
        a = a * torch.tril(torch.ones(n, n, dtype=a.dtype))
    return (a @ v) / a.sum(-1, keepdim=True)


def elu1(x):
    return torch.nn.functional.elu(x) + 1


def favor(x, w):
    d = x.shape[-1]
    xs = x / d ** 0.25
    return torch.exp(xs @ w - (xs * xs).sum(-1, keepdim=True) / 2) / math.sqrt(w.shape[1])


def main():
    g = torch.Generator().manual_seed(5)

    def rand(*shape):
        # Rounded as the file stores them, so the outputs belong to the stored inputs.
        x = torch.randn(*shape, generator=g, dtype=torch.float64)
        return torch.round(x * 10**DECIMALS) / 10**DECIMALS

    cases = []
    for name, lead, seq_q, seq_k, d_k, d_v, window, causal in [
        ("band, window 2", [2], 11, 11, 4, 3, 2, False),
        ("band, window 3, causal", [2, 2], 13, 13, 4, 5, 3, True),
        ("band, window 20, longer than the sequence", [1], 9, 9, 3, 2, 20, False),
        ("band, more keys than queries", [2], 7, 12, 4, 3, 2, False),
        ("band, more queries than keys: rows 9 and 10 see no key", [1], 11, 6, 4, 3, 2, False),
    ]:
        q, k, v = rand(*lead, seq_q, d_k), rand(*lead, seq_k, d_k), rand(*lead, seq_k, d_v)
        out = softmax_attention(q, k, v, band(seq_q, seq_k, window, causal))
        cases.append(dict(kind="band", name=name, window=window, causal=causal,
                          q=to_list(q.float()), k=to_list(k.float()), v=to_list(v.float()),
                          output=to_list(out.float())))
    for policy in ["zero", "uniform", "nan"]:
        q, k, v = rand(2, 2, 6, 4), rand(2, 2, 10, 4), rand(2, 2, 10, 3)
        allowed = torch.rand(2, 1, 6, 10, generator=g) < 0.5
        allowed[0, 0, 2, :] = False
        allowed[1, 0, 5, :] = False
        out = softmax_attention(q, k, v, allowed, policy)
        cases.append(dict(kind="masked", name=f"random mask, two empty rows, {policy}",
                          maskedRows=policy, mask=to_list(allowed),
                          q=to_list(q.float()), k=to_list(k.float()), v=to_list(v.float()),
                          output=to_list(out.float())))
    for causal in [False, True]:
        q, k, v = rand(2, 3, 40, 4), rand(2, 3, 40, 4), rand(2, 3, 40, 5)
        out = kernel_attention(elu1(q), elu1(k), v, causal)
        cases.append(dict(kind="linear", name=f"elu+1, causal {causal}", causal=causal,
                          q=to_list(q.float()), k=to_list(k.float()), v=to_list(v.float()),
                          output=to_list(out.float())))
    for causal in [False, True]:
        q, k, v = rand(2, 37, 8) / 2, rand(2, 37, 8) / 2, rand(2, 37, 3)
        w = rand(8, 16)
        out = kernel_attention(favor(q, w), favor(k, w), v, causal)
        cases.append(dict(kind="favor", name=f"positive random features, causal {causal}",
                          causal=causal, projection=to_list(w.float()),
                          q=to_list(q.float()), k=to_list(k.float()), v=to_list(v.float()),
                          output=to_list(out.float())))
    with open(OUT, "w") as f:
        json.dump(dict(generator="packages/05-efficient-attention/scripts/make_fixtures.py",
                       torch=torch.__version__, cases=cases), f, separators=(",", ":"))
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
