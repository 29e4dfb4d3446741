"""Golden fixtures for stage 6 (rotary embeddings and grouped-query attention), from PyTorch.

Run with Debian's python3-torch (PyTorch 1.13):

    /usr/bin/python3 packages/06-gpt/scripts/make_fixtures.py

It writes test/fixtures/gqa.json. Everything is computed in float64 with PyTorch ops,
written out from the formulas (PyTorch 1.13 has no F.scaled_dot_product_attention):

- "rope": the rotate-half rotary embedding (GPT-NeoX / LLaMA layout) of x [b, h, s, d] for a
  base and an offset: theta_i = base^(-2i/d), position p = offset + t, and
  out[:d/2] = x1 cos - x2 sin, out[d/2:] = x2 cos + x1 sin.
- "attention": self-attention x [b, s, dModel] with numHeads query heads and numKvHeads
  key/value heads (query head h reads kv head h // (numHeads / numKvHeads)), weights [in, out]
  applied as x W + b, optionally RoPE on q and k, causal and/or a padding mask (this
  project's polarity: true = may attend). Cases: MHA (numKvHeads = numHeads), GQA with 2 kv
  heads, MQA (1 kv head). The MHA cases are also checked against torch.nn.MultiheadAttention.

The tests read this file; they never need Python.
"""

import json
import math
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures",
                   "gqa.json")
DECIMALS = 8


def to_list(t):
    if t.dtype == torch.bool:
        return t.tolist()
    return [round(v, DECIMALS) for v in t.flatten().tolist()] if t.dim() == 0 else \
        torch.round(t * 10 ** DECIMALS).div(10 ** DECIMALS).tolist()


def rope(x, base, offset):
    # x: (B, H, S, D); rotate feature i with feature i + D/2 by angle p * theta_i
    d = x.shape[-1]
    half = d // 2
    theta = base ** (-2.0 * torch.arange(half, dtype=torch.float64) / d)  # (D/2,)
    pos = offset + torch.arange(x.shape[-2], dtype=torch.float64)  # (S,)
    angle = pos[:, None] * theta[None, :]  # (S, D/2)
    cos, sin = torch.cos(angle), torch.sin(angle)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def gqa(x, p, num_heads, num_kv_heads, causal, rope_base, allowed):
    b, s, d_model = x.shape
    d_head = d_model // num_heads
    q = (x @ p["wQ"] + p["bQ"]).view(b, s, num_heads, d_head).transpose(1, 2)  # (B, H, S, Dh)
    k = (x @ p["wK"] + p["bK"]).view(b, s, num_kv_heads, d_head).transpose(1, 2)  # (B, G, S, Dh)
    v = (x @ p["wV"] + p["bV"]).view(b, s, num_kv_heads, d_head).transpose(1, 2)  # (B, G, S, Dh)
    if rope_base is not None:
        q, k = rope(q, rope_base, 0), rope(k, rope_base, 0)
    group = num_heads // num_kv_heads
    k = k.repeat_interleave(group, dim=1)  # (B, H, S, Dh)
    v = v.repeat_interleave(group, dim=1)  # (B, H, S, Dh)
    scores = q @ k.transpose(-1, -2) / math.sqrt(d_head)  # (B, H, S, S)
    mask = torch.ones(b, 1, s, s, dtype=torch.bool)
    if causal:
        mask = mask & torch.ones(s, s, dtype=torch.bool).tril()
    if allowed is not None:
        mask = mask & allowed
    scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    out = (weights @ v).transpose(1, 2).reshape(b, s, d_model)  # (B, S, dModel)
    return out @ p["wO"] + p["bO"], weights


def torch_mha(x, p, num_heads, causal, allowed):
    """The same MHA through nn.MultiheadAttention, to check gqa() itself."""
    b, s, d_model = x.shape
    mha = torch.nn.MultiheadAttention(d_model, num_heads, batch_first=True).double()
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.cat([p["wQ"].T, p["wK"].T, p["wV"].T]))
        mha.in_proj_bias.copy_(torch.cat([p["bQ"], p["bK"], p["bV"]]))
        mha.out_proj.weight.copy_(p["wO"].T)
        mha.out_proj.bias.copy_(p["bO"])
    attn_mask = ~torch.ones(s, s, dtype=torch.bool).tril() if causal else None
    key_padding = None if allowed is None else ~allowed[:, 0, 0, :]  # torch: True = ignore
    out, _ = mha(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding,
                 need_weights=False)
    return out


def main():
    gen = torch.Generator().manual_seed(6)

    def randn(*shape):
        return torch.randn(*shape, generator=gen, dtype=torch.float64)

    rope_cases = []
    for shape, base, offset in [([1, 1, 3, 4], 10000.0, 0), ([2, 3, 5, 8], 10000.0, 7),
                                ([1, 2, 4, 6], 100.0, 2)]:
        x = randn(*shape)
        rope_cases.append({"name": f"rope {shape} base {base} offset {offset}", "x": to_list(x),
                           "base": base, "offset": offset, "expected": to_list(rope(x, base,
                                                                                    offset))})

    att_cases = []
    b, s, d_model, num_heads = 2, 5, 16, 4
    lengths = [5, 3]
    padding = (torch.arange(s)[None, :] < torch.tensor(lengths)[:, None])[:, None, None, :]
    for name, kv_heads in [("MHA", 4), ("GQA 2 kv heads", 2), ("MQA", 1)]:
        for causal, use_padding, rope_base in [(True, False, None), (False, True, None),
                                               (True, True, None), (True, False, 10000.0)]:
            d_head = d_model // num_heads
            x = randn(b, s, d_model)
            p = {"wQ": randn(d_model, d_model) * 0.3, "bQ": randn(d_model) * 0.1,
                 "wK": randn(d_model, kv_heads * d_head) * 0.3, "bK": randn(kv_heads * d_head) * 0.1,
                 "wV": randn(d_model, kv_heads * d_head) * 0.3, "bV": randn(kv_heads * d_head) * 0.1,
                 "wO": randn(d_model, d_model) * 0.3, "bO": randn(d_model) * 0.1}
            allowed = padding if use_padding else None
            out, weights = gqa(x, p, num_heads, kv_heads, causal, rope_base, allowed)
            if kv_heads == num_heads and rope_base is None:
                ref = torch_mha(x, p, num_heads, causal, allowed)
                assert torch.allclose(out, ref, atol=1e-10), f"{name}: gqa() != nn.MultiheadAttention"
            label = f"{name}, causal {causal}, padding {use_padding}, rope {rope_base}"
            att_cases.append({
                "name": label, "numHeads": num_heads, "numKvHeads": kv_heads, "causal": causal,
                "rope": rope_base, "lengths": lengths if use_padding else None,
                "x": to_list(x), "params": {k: to_list(v) for k, v in p.items()},
                "output": to_list(out), "weights": to_list(weights),
            })

    with open(OUT, "w") as f:
        json.dump({"generator": "packages/06-gpt/scripts/make_fixtures.py (PyTorch "
                   + torch.__version__ + ")", "rope": rope_cases, "attention": att_cases}, f)
    print(f"wrote {len(rope_cases)} rope and {len(att_cases)} attention cases to {OUT}")


if __name__ == "__main__":
    main()
