"""Golden fixtures for stage 3 (the encoder block), computed by PyTorch.

Run with Debian's python3-torch (PyTorch 1.13), from the repository root:

    /usr/bin/python3 packages/03-encoder-block/scripts/make_fixtures.py

It writes four JSON files to packages/03-encoder-block/test/fixtures/:

- layer-norm.json     torch.nn.functional.layer_norm over the last axis
- feed-forward.json   linear2(activation(linear1(x))), with relu and with exact gelu
- encoder-block.json  nn.TransformerEncoderLayer(batch_first=True, dropout=0.0),
                      norm_first False and True, with and without a padding mask,
                      plus one gelu block
- encoder.json        nn.TransformerEncoder with two layers (post-LN without a
                      final norm, pre-LN with one), with a padding mask

Every parameter is drawn at random (layer norms included, so that gamma and beta
are not 1 and 0) and stored in this project's layout, so the tests load them
as they are.

Weight mapping, PyTorch -> this project (PyTorch's Linear computes x @ W.T + b
with W of shape [out, in]; this project computes x @ W + b with W [in, out]):

    self_attn.in_proj_weight[0:d]      .T -> attention.wQ   [dModel, dModel]
    self_attn.in_proj_weight[d:2d]     .T -> attention.wK
    self_attn.in_proj_weight[2d:3d]    .T -> attention.wV
    self_attn.in_proj_bias[0:d], [d:2d], [2d:3d] -> attention.bQ, bK, bV
    self_attn.out_proj.weight          .T -> attention.wO
    self_attn.out_proj.bias               -> attention.bO
    linear1.weight [dFF, dModel]       .T -> feedForward.w1 [dModel, dFF]
    linear1.bias                          -> feedForward.b1 [dFF]
    linear2.weight [dModel, dFF]       .T -> feedForward.w2 [dFF, dModel]
    linear2.bias                          -> feedForward.b2 [dModel]
    norm1.weight, norm1.bias              -> norm1.gamma, norm1.beta
    norm2.weight, norm2.bias              -> norm2.gamma, norm2.beta
    TransformerEncoder.norm.weight/bias   -> finalNorm.gamma/beta

PyTorch splits heads as contiguous slices of the projected features (head i
takes features i*dK ... (i+1)*dK - 1), as stage 2 does, so no reordering is
needed.

Masks: PyTorch's src_key_padding_mask is True where a key is padding (ignore
it); this project's paddingMask(lengths, seq) is true where a key may be
attended. Both are built from the same lengths.

Which code path PyTorch takes. In eval mode without gradients, PyTorch 1.13
may use a fused "fast path" (torch._transformer_encoder_layer_fwd), and
nn.TransformerEncoder may also convert padded batches to nested tensors, which
returns zeros at padded positions. The reference outputs here come from the
plain Python path: modules in training mode with dropout=0.0 (dropout with
p = 0 is the identity), and the stack built with enable_nested_tensor=False.
The script also runs the eval-mode path and asserts that it agrees everywhere.
(With the default enable_nested_tensor=True, PyTorch 1.13's eval-mode stack
returns exact zeros at padded positions, about 2 away from the values computed
there; the valid positions agree either way.)

The attention weights TransformerEncoderLayer computes internally are not
returned by it; the script recomputes them with
self_attn(z, z, z, key_padding_mask=..., need_weights=True,
average_attn_weights=False), where z is the layer's input (post-LN) or
norm1(input) (pre-LN): the same call the layer makes.
"""

import json
import os

import torch
import torch.nn.functional as F
from torch import nn

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures")


def tolist(t):
    return t.detach().to(torch.float32).tolist()


def randomise_(module, generator):
    """Draws every parameter at random: weights ~ N(0, 1/fan_in), biases ~ N(0, 0.1^2),
    layer-norm gains ~ 1 + N(0, 0.2^2) and shifts ~ N(0, 0.2^2)."""
    with torch.no_grad():
        for name, p in module.named_parameters():
            noise = torch.randn(p.shape, generator=generator)
            if "norm" in name and name.endswith("weight"):
                p.copy_(1 + 0.2 * noise)
            elif "norm" in name:
                p.copy_(0.2 * noise)
            elif p.dim() == 2:
                p.copy_(noise / p.shape[1] ** 0.5)
            else:
                p.copy_(0.1 * noise)


def norm_params(norm):
    return {"gamma": tolist(norm.weight), "beta": tolist(norm.bias)}


def layer_params(layer):
    d = layer.self_attn.embed_dim
    w, b = layer.self_attn.in_proj_weight, layer.self_attn.in_proj_bias
    return {
        "attention": {
            "wQ": tolist(w[0:d].T),
            "wK": tolist(w[d : 2 * d].T),
            "wV": tolist(w[2 * d : 3 * d].T),
            "wO": tolist(layer.self_attn.out_proj.weight.T),
            "bQ": tolist(b[0:d]),
            "bK": tolist(b[d : 2 * d]),
            "bV": tolist(b[2 * d : 3 * d]),
            "bO": tolist(layer.self_attn.out_proj.bias),
        },
        "norm1": norm_params(layer.norm1),
        "feedForward": {
            "w1": tolist(layer.linear1.weight.T),
            "b1": tolist(layer.linear1.bias),
            "w2": tolist(layer.linear2.weight.T),
            "b2": tolist(layer.linear2.bias),
        },
        "norm2": norm_params(layer.norm2),
    }


def key_padding(lengths, seq):
    """PyTorch's src_key_padding_mask: True = padding, ignore this key."""
    if lengths is None:
        return None
    return torch.arange(seq)[None, :] >= torch.tensor(lengths)[:, None]


def write(name, payload):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle)
        handle.write("\n")
    print(f"wrote {os.path.relpath(path)}")


def layer_norm_cases(g):
    cases = []
    for name, x in [
        ("random [2, 3, 6]", torch.randn(2, 3, 6, generator=g)),
        ("offset 100 [4, 5]", 100 + torch.randn(4, 5, generator=g)),
        ("constant row [2, 4]", torch.tensor([[3.0, 3.0, 3.0, 3.0], [1.0, -2.0, 0.5, 4.0]])),
    ]:
        d = x.shape[-1]
        gamma = 1 + 0.2 * torch.randn(d, generator=g)
        beta = 0.2 * torch.randn(d, generator=g)
        y = F.layer_norm(x, (d,), gamma, beta, eps=1e-5)
        cases.append({"name": name, "x": tolist(x), "gamma": tolist(gamma), "beta": tolist(beta),
                      "epsilon": 1e-5, "y": tolist(y)})
    return cases


def feed_forward_cases(g):
    cases = []
    for activation in ["relu", "gelu"]:
        d_model, d_ff = 4, 6
        linear1, linear2 = nn.Linear(d_model, d_ff), nn.Linear(d_ff, d_model)
        randomise_(linear1, g)
        randomise_(linear2, g)
        x = torch.randn(2, 3, d_model, generator=g)
        act = F.relu if activation == "relu" else F.gelu  # F.gelu is the exact erf form
        y = linear2(act(linear1(x)))
        cases.append({
            "name": f"{activation} [2, 3, 4] -> dFF 6",
            "activation": activation,
            "params": {"w1": tolist(linear1.weight.T), "b1": tolist(linear1.bias),
                       "w2": tolist(linear2.weight.T), "b2": tolist(linear2.bias)},
            "x": tolist(x),
            "y": tolist(y),
        })
    return cases


def attention_weights(layer, x, padding):
    z = layer.norm1(x) if layer.norm_first else x
    _, weights = layer.self_attn(z, z, z, key_padding_mask=padding, need_weights=True,
                                 average_attn_weights=False)
    return weights  # [batch, numHeads, seq, seq]


def encoder_block_cases(g):
    batch, seq, d_model, num_heads, d_ff = 2, 5, 8, 2, 16
    cases = []
    for norm_first, lengths, activation in [
        (False, None, "relu"),
        (False, [5, 3], "relu"),
        (True, None, "relu"),
        (True, [5, 3], "relu"),
        (False, [4, 2], "gelu"),
    ]:
        layer = nn.TransformerEncoderLayer(d_model, num_heads, dim_feedforward=d_ff, dropout=0.0,
                                           activation=activation, batch_first=True,
                                           norm_first=norm_first)
        randomise_(layer, g)
        x = torch.randn(batch, seq, d_model, generator=g)
        padding = key_padding(lengths, seq)
        layer.train()  # the plain Python path; dropout p = 0 is the identity
        output = layer(x, src_key_padding_mask=padding)
        weights = attention_weights(layer, x, padding)
        layer.eval()
        with torch.no_grad():
            fast = layer(x, src_key_padding_mask=padding)
        gap = (fast - output).abs().max().item()
        assert gap < 1e-5, f"eval path differs from the reference by {gap}"
        mask_note = "no mask" if lengths is None else f"lengths {lengths}"
        cases.append({
            "name": f"{'pre' if norm_first else 'post'}-LN, {activation}, {mask_note}",
            "normFirst": norm_first,
            "activation": activation,
            "numHeads": num_heads,
            "lengths": lengths,
            "params": layer_params(layer),
            "x": tolist(x),
            "output": tolist(output),
            "attentionWeights": tolist(weights),
        })
    return cases


def encoder_cases(g):
    batch, seq, d_model, num_heads, d_ff = 2, 6, 8, 2, 16
    cases = []
    for norm_first, lengths in [(False, [6, 4]), (True, [3, 6])]:
        layer = nn.TransformerEncoderLayer(d_model, num_heads, dim_feedforward=d_ff, dropout=0.0,
                                           batch_first=True, norm_first=norm_first)
        final_norm = nn.LayerNorm(d_model) if norm_first else None
        stack = nn.TransformerEncoder(layer, num_layers=2, norm=final_norm,
                                      enable_nested_tensor=False)
        randomise_(stack, g)  # each layer gets its own weights (the constructor deep-copies one)
        x = torch.randn(batch, seq, d_model, generator=g)
        padding = key_padding(lengths, seq)
        stack.train()
        output = stack(x, src_key_padding_mask=padding)
        stack.eval()
        with torch.no_grad():
            fast = stack(x, src_key_padding_mask=padding)
        gap = (fast - output).abs().max().item()
        assert gap < 1e-5, f"eval path differs from the reference by {gap}"
        cases.append({
            "name": f"two {'pre' if norm_first else 'post'}-LN layers, lengths {lengths}"
                    + (", final norm" if norm_first else ""),
            "normFirst": norm_first,
            "numHeads": num_heads,
            "lengths": lengths,
            "blocks": [layer_params(l) for l in stack.layers],
            "finalNorm": norm_params(stack.norm) if final_norm is not None else None,
            "x": tolist(x),
            "output": tolist(output),
        })
    return cases


def main():
    torch.set_num_threads(1)
    g = torch.Generator().manual_seed(3)
    os.makedirs(OUT_DIR, exist_ok=True)
    header = {"generator": "scripts/make_fixtures.py", "torch": torch.__version__}
    write("layer-norm.json", {**header, "cases": layer_norm_cases(g)})
    write("feed-forward.json", {**header, "cases": feed_forward_cases(g)})
    write("encoder-block.json", {**header, "cases": encoder_block_cases(g)})
    write("encoder.json", {**header, "cases": encoder_cases(g)})


if __name__ == "__main__":
    main()
