"""Golden fixtures for stage 1, computed independently with PyTorch.

Run with Debian's python3-torch (PyTorch 1.13), from the repository root:

    /usr/bin/python3 packages/01-scaled-dot-product-attention/scripts/make_fixtures.py

It writes two JSON files next to the tests, under
packages/01-scaled-dot-product-attention/test/fixtures/:

- scaled-dot-product-attention.json: q, k, v, an optional mask, the masked-row
  policy, the expected output and weights and, for most cases, the gradients of
  sum(output * cotangent) with respect to q, k and v;
- single-head-attention.json: inputs, the three projection matrices, an optional
  mask, the expected output and weights.

How the reference is computed:

- PyTorch 1.13 has no F.scaled_dot_product_attention, so the formula is written
  out here: softmax(Q K^T / sqrt(d_k)) V, and x @ W for the projections.
- Inputs are drawn in float64, rounded to float32 (the precision TensorFlow.js
  computes in), and stored exactly. The reference then runs in float64 on those
  rounded values, so the only difference the tests see is the float32
  arithmetic of TensorFlow.js.
- Masks use this project's polarity: True = the query may attend to the key.
  The three policies for a query with no allowed key are computed the way
  their definitions say, not the way the TypeScript code does it:
    'uniform' fills masked scores with -1e9 before the softmax;
    'nan'     fills them with -inf (a fully masked row becomes 0/0 = NaN);
    'zero'    fills them with -inf, replaces fully masked rows by zeros before
              the softmax and multiplies the weights by "row has a key".
- JSON has no NaN, so NaN is written as null.

Everything is seeded, so running the script again gives the same files.
"""

import json
import math
import os

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "test", "fixtures")
OUTPUT_DIGITS = 12


def float32_exact(values):
    """Rounds to float32, then returns (float64 tensor, JSON-ready nested list).

    Each number is written with the fewest digits that read back, through a
    float64 parse and a float32 rounding (what JavaScript's Float32Array does),
    to exactly the same float32.
    """
    rounded = np.asarray(values, dtype=np.float64).astype(np.float32)

    def encode(x):
        x = np.float32(x)
        text = np.format_float_positional(x, unique=True, trim="-")
        if np.float32(float(text)) != x:
            text = repr(float(x))
        return float(text)

    encoded = np.vectorize(encode, otypes=[object])(rounded).tolist()
    return torch.from_numpy(rounded.astype(np.float64)), encoded


def expected(tensor):
    """A float64 result as nested lists with OUTPUT_DIGITS significant digits, NaN as None."""

    def encode(x):
        x = float(x)
        return None if math.isnan(x) else float(f"{x:.{OUTPUT_DIGITS}g}")

    array = tensor.detach().numpy()
    return np.vectorize(encode, otypes=[object])(array).tolist()


def attention(q, k, v, allowed=None, masked_rows="zero"):
    """softmax(Q K^T / sqrt(d_k)) V in float64, with this project's mask semantics."""
    d_k = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d_k)  # [..., seqQ, seqK]
    if allowed is None:
        weights = torch.softmax(scores, dim=-1)
    else:
        allowed = allowed.expand(scores.shape)
        blocked = ~allowed
        if masked_rows == "uniform":
            weights = torch.softmax(scores.masked_fill(blocked, -1e9), dim=-1)
        elif masked_rows == "nan":
            weights = torch.softmax(scores.masked_fill(blocked, -math.inf), dim=-1)
        elif masked_rows == "zero":
            has_key = allowed.any(dim=-1, keepdim=True)
            filled = scores.masked_fill(blocked, -math.inf)
            filled = torch.where(has_key, filled, torch.zeros_like(filled))
            weights = torch.softmax(filled, dim=-1) * has_key
        else:
            raise ValueError(masked_rows)
    return weights @ v, weights


def normal(generator, shape, std=1.0):
    return torch.randn(shape, generator=generator, dtype=torch.float64) * std


def bernoulli(generator, shape, p):
    return torch.rand(shape, generator=generator, dtype=torch.float64) < p


def attention_case(name, seed, lead, seq_q, seq_k, d_k, d_v, mask=None, masked_rows="zero",
                   mask_dtype="bool", grads=True):
    """One scaled dot-product attention case. `mask` is None, a shape, or a callable."""
    g = torch.Generator().manual_seed(seed)
    q, q_json = float32_exact(normal(g, [*lead, seq_q, d_k], std=1.5))
    k, k_json = float32_exact(normal(g, [*lead, seq_k, d_k], std=1.5))
    v, v_json = float32_exact(normal(g, [*lead, seq_k, d_v]))
    allowed = None
    if callable(mask):
        allowed = mask(g)
    elif mask is not None:
        allowed = bernoulli(g, mask, 0.7)
    case = {
        "name": name,
        "seed": seed,
        "q": q_json,
        "k": k_json,
        "v": v_json,
        "mask": None if allowed is None else allowed.to(torch.int64).tolist(),
        "maskDtype": mask_dtype,
        "maskedRows": masked_rows,
    }
    if grads:
        q.requires_grad_(True)
        k.requires_grad_(True)
        v.requires_grad_(True)
    output, weights = attention(q, k, v, allowed, masked_rows)
    case["output"] = expected(output)
    case["weights"] = expected(weights)
    if grads:
        cotangent, cotangent_json = float32_exact(normal(g, list(output.shape)))
        (output * cotangent).sum().backward()
        case["grads"] = {
            "cotangent": cotangent_json,
            "q": expected(q.grad),
            "k": expected(k.grad),
            "v": expected(v.grad),
        }
    return case


def with_empty_row(shape, row):
    """A random mask of `shape` in which the query row at index `row` allows no key."""

    def make(g):
        allowed = bernoulli(g, shape, 0.7)
        allowed[row] = False
        return allowed

    return make


def causal(seq_q, seq_k):
    return lambda g: torch.ones(seq_q, seq_k, dtype=torch.bool).tril()


def attention_cases():
    cases = []
    # No mask: leading dimensions of rank 0, 1 and 2, several seeds and sizes.
    sizes = [
        ([], 3, 3, 4, 4),
        ([], 4, 6, 8, 3),
        ([], 1, 5, 2, 2),
        ([2], 3, 5, 4, 6),
        ([3], 5, 2, 1, 3),  # dK = 1
        ([1], 2, 1, 3, 2),  # a single key: every weight is 1
        ([2, 3], 4, 4, 5, 2),
        ([2, 2], 2, 6, 3, 4),
        ([3, 1], 6, 3, 7, 5),
    ]
    for i, (lead, seq_q, seq_k, d_k, d_v) in enumerate(sizes):
        cases.append(attention_case(
            f"no mask, lead {lead}, seqQ {seq_q}, seqK {seq_k}, dK {d_k}, dV {d_v}",
            100 + i, lead, seq_q, seq_k, d_k, d_v))
    # Masks of the full weights shape, bool and 0/1 float.
    cases.append(attention_case("full mask, no lead", 200, [], 4, 5, 4, 3, mask=[4, 5]))
    cases.append(attention_case("full mask, lead [3], 0/1 float", 201, [3], 3, 4, 2, 2,
                                mask=[3, 3, 4], mask_dtype="float32"))
    cases.append(attention_case("full mask, lead [2, 2]", 202, [2, 2], 3, 3, 4, 4,
                                mask=[2, 2, 3, 3]))
    # Masks that broadcast.
    cases.append(attention_case("mask [seqK] over lead [2, 3]", 300, [2, 3], 3, 5, 4, 2,
                                mask=[5]))
    cases.append(attention_case("mask [1, seqK] over lead [2], 0/1 float", 301, [2], 4, 3, 3, 3,
                                mask=[1, 3], mask_dtype="float32"))
    cases.append(attention_case("padding mask [batch, 1, 1, seqK] over lead [2, 3]", 302, [2, 3],
                                2, 4, 2, 3, mask=[2, 1, 1, 4]))
    cases.append(attention_case("causal mask [seqQ, seqK] over lead [2]", 303, [2], 4, 4, 3, 3,
                                mask=causal(4, 4)))
    # A query with no allowed key, under each policy.
    for j, policy in enumerate(["zero", "uniform", "nan"]):
        cases.append(attention_case(
            f"fully masked row, maskedRows '{policy}'", 400 + j, [2], 3, 4, 4, 3,
            mask=with_empty_row([2, 3, 4], (1, 0)), masked_rows=policy, grads=policy != "nan"))
    cases.append(attention_case("fully masked row, no lead, 0/1 float, maskedRows 'zero'", 403, [],
                                3, 3, 2, 2, mask=with_empty_row([3, 3], (2,)),
                                mask_dtype="float32"))
    return cases


def glorot(generator, fan_in, fan_out):
    """A [fan_in, fan_out] matrix, uniform in +-sqrt(6 / (fan_in + fan_out)), applied as x @ W."""
    limit = math.sqrt(6 / (fan_in + fan_out))
    uniform = torch.rand(fan_in, fan_out, generator=generator, dtype=torch.float64)
    return (uniform * 2 - 1) * limit


def single_head_case(name, seed, lead, seq_q, seq_k, d_model, d_k, d_v, cross, mask=None):
    g = torch.Generator().manual_seed(seed)
    query, query_json = float32_exact(normal(g, [*lead, seq_q, d_model]))
    key, key_json = query, None  # self-attention: key = value = query
    if cross:
        key, key_json = float32_exact(normal(g, [*lead, seq_k, d_model]))
    w_q, w_q_json = float32_exact(glorot(g, d_model, d_k))
    w_k, w_k_json = float32_exact(glorot(g, d_model, d_k))
    w_v, w_v_json = float32_exact(glorot(g, d_model, d_v))
    allowed = None if mask is None else bernoulli(g, mask, 0.7)
    output, weights = attention(query @ w_q, key @ w_k, key @ w_v, allowed)
    return {
        "name": name,
        "seed": seed,
        "query": query_json,
        "key": key_json,
        "params": {"wQ": w_q_json, "wK": w_k_json, "wV": w_v_json},
        "mask": None if allowed is None else allowed.to(torch.int64).tolist(),
        "output": expected(output),
        "weights": expected(weights),
    }


def single_head_cases():
    return [
        single_head_case("self-attention, no lead", 500, [], 4, 4, 6, 3, 3, cross=False),
        single_head_case("self-attention, lead [2], dV != dK", 501, [2], 3, 3, 5, 4, 2,
                         cross=False),
        single_head_case("cross-attention, lead [2], seqQ != seqK", 502, [2], 2, 5, 4, 3, 5,
                         cross=True),
        single_head_case("cross-attention, lead [2, 2], with mask [2, 1, 1, seqK]", 503, [2, 2],
                         3, 4, 4, 2, 3, cross=True, mask=[2, 1, 1, 4]),
    ]


def write(name, cases, about):
    path = os.path.join(OUT_DIR, name)
    document = {
        "about": about,
        "generator": "packages/01-scaled-dot-product-attention/scripts/make_fixtures.py",
        "torch": torch.__version__,
        "cases": cases,
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, separators=(",", ":"), allow_nan=False)
        handle.write("\n")
    size = os.path.getsize(path) / 1024
    print(f"wrote {os.path.relpath(path)}: {len(cases)} cases, {size:.1f} KiB")


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write(
        "scaled-dot-product-attention.json",
        attention_cases(),
        "softmax(q k^T / sqrt(dK)) v in float64 on float32-rounded inputs; "
        "mask true = may attend; null = NaN",
    )
    write(
        "single-head-attention.json",
        single_head_cases(),
        "attention(query wQ, key wK, key wV) in float64 on float32-rounded inputs; "
        "key null = self-attention (key = value = query); mask true = may attend",
    )


if __name__ == "__main__":
    main()
