"""Exports the benchmark peers to ONNX with Debian's python3-torch (1.13), opset 14.

Writes, into OUT_DIR (the benchmarks pass node_modules/.cache/mha-bench, outside git):

- multi-head-attention.onnx: nn.MultiheadAttention(512, 8, batch_first=True) in eval mode,
  self-attention x -> (output [batch, seq, dModel], weights [batch, heads, seq, seq]),
  per-head weights as this project returns them;
- encoder-layer.onnx: nn.TransformerEncoderLayer(512, 8, dim_feedforward=2048, dropout=0,
  relu, post-LN, batch_first=True) in eval mode, x -> output [batch, seq, dModel];
- NAME.weights.json and NAME.weights.bin: every parameter as PyTorch stores it (Linear
  weights [out, in]), float32 little-endian, one after another, so the TypeScript side can
  run the same weights (transposed to its [in, out] layout);
- manifest.json: the shapes and the torch version.

Batch and seq are dynamic axes, so one file serves every sequence length of the sweep.
Run by the benchmarks when the cache is missing; by hand, from the repository root:

    /usr/bin/python3 scripts/export_onnx_peers.py node_modules/.cache/mha-bench
"""

import json
import os
import sys

import torch
from torch import nn

D_MODEL = 512
NUM_HEADS = 8
D_FF = 2048
OPSET = 14


class SelfAttention(nn.Module):
    """x -> nn.MultiheadAttention(x, x, x) with per-head weights, like multiHeadAttention."""

    def __init__(self):
        super().__init__()
        self.attention = nn.MultiheadAttention(D_MODEL, NUM_HEADS, bias=True, batch_first=True)

    def forward(self, x):
        return self.attention(x, x, x, need_weights=True, average_attn_weights=False)


def save_weights(module, out_dir, name):
    entries = []
    offset = 0
    with open(os.path.join(out_dir, f"{name}.weights.bin"), "wb") as f:
        for key, tensor in module.state_dict().items():
            data = tensor.detach().to(torch.float32).contiguous().numpy().astype("<f4").tobytes()
            f.write(data)
            entries.append({"name": key, "shape": list(tensor.shape), "offset": offset})
            offset += len(data)
    with open(os.path.join(out_dir, f"{name}.weights.json"), "w") as f:
        json.dump(entries, f, indent=1)


def export(module, out_dir, name, outputs):
    module.eval()
    x = torch.randn(2, 16, D_MODEL)
    axes = {"x": {0: "batch", 1: "seq"}, "output": {0: "batch", 1: "seq"}}
    if "weights" in outputs:
        axes["weights"] = {0: "batch", 2: "seq", 3: "seq"}
    # Traced with gradients enabled: under no_grad, eval-mode PyTorch takes its fused
    # "fast path" (aten::_native_multi_head_attention), which has no ONNX export.
    torch.onnx.export(module, (x,), os.path.join(out_dir, f"{name}.onnx"),
                      input_names=["x"], output_names=outputs, dynamic_axes=axes,
                      opset_version=OPSET)
    save_weights(module, out_dir, name)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    torch.manual_seed(0)
    export(SelfAttention(), out_dir, "multi-head-attention", ["output", "weights"])
    layer = nn.TransformerEncoderLayer(D_MODEL, NUM_HEADS, dim_feedforward=D_FF, dropout=0.0,
                                       batch_first=True)
    export(layer, out_dir, "encoder-layer", ["output"])
    manifest = {"torch": torch.__version__, "opset": OPSET, "dModel": D_MODEL,
                "numHeads": NUM_HEADS, "dFF": D_FF}
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
