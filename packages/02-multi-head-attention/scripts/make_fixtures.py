"""Golden fixtures for stage 2 (multi-head attention), from PyTorch.

Run with Debian's python3-torch (PyTorch 1.13):

    /usr/bin/python3 packages/02-multi-head-attention/scripts/make_fixtures.py

It writes two files under packages/02-multi-head-attention/test/fixtures/:

- multi-head-attention.json: nn.MultiheadAttention(batch_first=True, bias=True) called with
  need_weights=True, average_attn_weights=False, on self- and cross-attention, with padding
  masks, causal masks (bool and float), both combined, per-head masks, one head, and a query
  that may see no key at all.
- valid-lengths.json: attention with d2l-style valid lengths (1-D and 2-D), computed the way
  Dive into Deep Learning's masked softmax does it, written out here with PyTorch ops.

The tests read these files; they never need Python.

Weight mapping, PyTorch -> this project
---------------------------------------
PyTorch's nn.Linear stores its weight as [out, in] and computes x @ weight.T + bias. This
project stores W as [in, out] and computes x @ W + b, so every matrix is transposed.
nn.MultiheadAttention packs the three input projections into one in_proj_weight
[3*d_model, d_model] (query rows first, then key, then value) and one in_proj_bias:

    wQ = in_proj_weight[0:d].T          bQ = in_proj_bias[0:d]
    wK = in_proj_weight[d:2*d].T        bK = in_proj_bias[d:2*d]
    wV = in_proj_weight[2*d:3*d].T      bV = in_proj_bias[2*d:3*d]
    wO = out_proj.weight.T              bO = out_proj.bias

PyTorch splits heads by viewing the projected features [.., d_model] as [.., h, d_model/h],
so head i uses features i*dK .. (i+1)*dK - 1: the same contiguous slices as this project.

Masks, PyTorch -> this project
------------------------------
PyTorch's polarity is the opposite of this project's: True in key_padding_mask or in a bool
attn_mask means "ignore"; a float attn_mask is added to the scores (0 keeps, -inf removes).
The fixtures store PyTorch's masks as PyTorch takes them (a float mask as a bool "is -inf"
array, since JSON has no -Infinity); the tests convert them with this package's converters.
A 3-D attn_mask is [batch*h, seqQ, seqK], entry b*h + i for sequence b, head i.

PyTorch returns NaN for a query that may attend to no key (softmax of a row of -inf). JSON
has no NaN, so NaN is written as null.
"""

import json
import math
import os

import torch
from torch import nn

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures")


DECIMALS = 7


def to_list(t):
    """Nested lists of floats rounded to 1e-7 (NaN as None), or of bools."""
    if t.dtype == torch.bool:
        return t.tolist()
    values = t.detach().to(torch.float64).tolist()

    def clean(v):
        if isinstance(v, list):
            return [clean(x) for x in v]
        return None if math.isnan(v) else round(v, DECIMALS)

    return clean(values)


def rounded(t):
    """Inputs and weights are rounded before use, so the JSON holds them exactly (to float32)."""
    return torch.round(t * 10**DECIMALS) / 10**DECIMALS


def params_of(mha, d):
    w, b = mha.in_proj_weight, mha.in_proj_bias
    return {
        "wQ": to_list(w[0:d].T),
        "wK": to_list(w[d : 2 * d].T),
        "wV": to_list(w[2 * d : 3 * d].T),
        "wO": to_list(mha.out_proj.weight.T),
        "bQ": to_list(b[0:d]),
        "bK": to_list(b[d : 2 * d]),
        "bV": to_list(b[2 * d : 3 * d]),
        "bO": to_list(mha.out_proj.bias),
    }


def causal_ignore(seq_q, seq_k):
    """PyTorch-polarity causal mask: True above the diagonal (key j > query i is ignored)."""
    return torch.ones(seq_q, seq_k).triu(diagonal=1).bool()


def padding_ignore(lengths, seq_k):
    """PyTorch-polarity key_padding_mask: True at padded keys."""
    return torch.arange(seq_k)[None, :] >= torch.tensor(lengths)[:, None]


def mha_case(name, *, batch, seq_q, seq_k, d_model, num_heads, seed, self_attention=False,
             key_padding=None, attn_mask=None, attn_mask_float=False, masked_rows="zero"):
    torch.manual_seed(seed)
    mha = nn.MultiheadAttention(d_model, num_heads, bias=True, batch_first=True)
    mha.eval()
    with torch.no_grad():
        # The default init leaves the biases at 0; random ones make the test check them.
        mha.in_proj_bias.copy_(0.1 * torch.randn(3 * d_model))
        mha.out_proj.bias.copy_(0.1 * torch.randn(d_model))
        for p in mha.parameters():
            p.copy_(rounded(p))
    query = rounded(torch.randn(batch, seq_q, d_model))
    key = query if self_attention else rounded(torch.randn(batch, seq_k, d_model))
    value = query if self_attention else rounded(torch.randn(batch, seq_k, d_model))

    torch_attn_mask = None
    if attn_mask is not None:
        torch_attn_mask = (
            torch.zeros(attn_mask.shape).masked_fill(attn_mask, float("-inf"))
            if attn_mask_float
            else attn_mask
        )
    with torch.no_grad():
        output, weights = mha(
            query, key, value,
            key_padding_mask=key_padding,
            attn_mask=torch_attn_mask,
            need_weights=True,
            average_attn_weights=False,
        )
    assert weights.shape == (batch, num_heads, seq_q, seq_k), weights.shape
    return {
        "name": name,
        "batch": batch,
        "seqQ": seq_q,
        "seqK": seq_k,
        "dModel": d_model,
        "numHeads": num_heads,
        "selfAttention": self_attention,
        "query": to_list(query),
        # Self-attention passes the query sequence as key and value too.
        "key": None if self_attention else to_list(key),
        "value": None if self_attention else to_list(value),
        "params": params_of(mha, d_model),
        "torch": {
            "keyPaddingMask": None if key_padding is None else to_list(key_padding),
            "attnMask": None if attn_mask is None else to_list(attn_mask),
            "attnMaskIsFloat": attn_mask_float,
        },
        "maskedRows": masked_rows,
        "expected": {"output": to_list(output), "weights": to_list(weights)},
    }


def mha_cases():
    cases = [
        mha_case("self-attention, no mask", batch=2, seq_q=5, seq_k=5, d_model=8,
                 num_heads=2, seed=1, self_attention=True),
        mha_case("cross-attention, seqQ 3 and seqK 6, no mask", batch=2, seq_q=3, seq_k=6,
                 d_model=12, num_heads=3, seed=2),
        mha_case("cross-attention with a key padding mask", batch=3, seq_q=4, seq_k=6,
                 d_model=8, num_heads=4, seed=3, key_padding=padding_ignore([6, 4, 1], 6)),
        mha_case("self-attention with a causal bool attn_mask", batch=2, seq_q=6, seq_k=6,
                 d_model=12, num_heads=2, seed=4, self_attention=True,
                 attn_mask=causal_ignore(6, 6)),
        mha_case("self-attention with padding and causal masks combined", batch=3, seq_q=5,
                 seq_k=5, d_model=8, num_heads=2, seed=5, self_attention=True,
                 key_padding=padding_ignore([5, 3, 2], 5), attn_mask=causal_ignore(5, 5)),
        mha_case("self-attention with a causal float (additive) attn_mask", batch=2, seq_q=4,
                 seq_k=4, d_model=8, num_heads=2, seed=6, self_attention=True,
                 attn_mask=causal_ignore(4, 4), attn_mask_float=True),
        mha_case("one head", batch=2, seq_q=4, seq_k=4, d_model=6, num_heads=1, seed=8,
                 self_attention=True),
        # Big enough (64 x 32 x 64 per product) for batchedMatMul's per-entry path on wasm.
        mha_case("causal self-attention at seq 64, dK 32", batch=1, seq_q=64, seq_k=64,
                 d_model=64, num_heads=2, seed=9, self_attention=True,
                 attn_mask=causal_ignore(64, 64)),
    ]

    # Per-head 3-D bool attn_mask [batch*h, seqQ, seqK]; every query keeps at least one key.
    torch.manual_seed(70)
    per_head = torch.rand(2 * 2, 3, 5) < 0.4
    per_head[:, :, 0] = False
    cases.append(mha_case("cross-attention with a per-head 3-D bool attn_mask", batch=2,
                          seq_q=3, seq_k=5, d_model=8, num_heads=2, seed=7,
                          attn_mask=per_head))

    # Query 1 may attend to no key: PyTorch gives NaN, matched by maskedRows 'nan'.
    no_key = torch.zeros(4, 4, dtype=torch.bool)
    no_key[1, :] = True
    cases.append(mha_case("a query with no key allowed (PyTorch gives NaN)", batch=2, seq_q=4,
                          seq_k=4, d_model=8, num_heads=2, seed=10, self_attention=True,
                          attn_mask=no_key, masked_rows="nan"))
    return cases


def d2l_masked_softmax(scores, valid_lens):
    """Dive into Deep Learning's masked softmax: scores of keys at or past the valid length
    become -1e6 before an ordinary softmax (so a valid length of 0 gives uniform weights)."""
    seq_q, seq_k = scores.shape[1], scores.shape[2]
    lens = valid_lens.repeat_interleave(seq_q) if valid_lens.dim() == 1 else valid_lens.reshape(-1)
    flat = scores.reshape(-1, seq_k).clone()
    keep = torch.arange(seq_k)[None, :] < lens[:, None]
    flat[~keep] = -1e6
    return torch.softmax(flat.reshape(scores.shape), dim=-1)


def valid_length_case(name, valid_lens, *, seq_q, seq_k, d, seed):
    """One head of width d; the tests run it as multi-head attention with numHeads 1 and
    identity projections, which is plain attention on q, k, v."""
    torch.manual_seed(seed)
    batch = valid_lens.shape[0]
    q = rounded(torch.randn(batch, seq_q, d))
    k = rounded(torch.randn(batch, seq_k, d))
    v = rounded(torch.randn(batch, seq_k, d))
    weights = d2l_masked_softmax(q @ k.transpose(1, 2) / math.sqrt(d), valid_lens)
    return {
        "name": name,
        "validLens": valid_lens.tolist(),
        "seqK": seq_k,
        "q": to_list(q),
        "k": to_list(k),
        "v": to_list(v),
        "expected": {"output": to_list(weights @ v), "weights": to_list(weights)},
    }


def valid_length_cases():
    return [
        valid_length_case("one valid length per sequence", torch.tensor([2, 4, 0]), seq_q=3,
                          seq_k=4, d=5, seed=20),
        valid_length_case("one valid length per query", torch.tensor([[1, 2, 3], [4, 0, 2]]),
                          seq_q=3, seq_k=4, d=5, seed=21),
    ]


def write(name, payload):
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, allow_nan=False, separators=(",", ":"))
        handle.write("\n")
    print(f"wrote {os.path.relpath(path)}")


def main():
    torch.set_num_threads(1)
    source = {
        "generator": "packages/02-multi-head-attention/scripts/make_fixtures.py",
        "torch": torch.__version__,
    }
    write("multi-head-attention.json", {**source, "cases": mha_cases()})
    write("valid-lengths.json", {**source, "cases": valid_length_cases()})


if __name__ == "__main__":
    main()
