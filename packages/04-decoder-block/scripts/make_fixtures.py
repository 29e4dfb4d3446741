"""Golden fixtures for stage 4 (decoder block, decoder stack, full Transformer), by PyTorch.

Run with Debian's python3-torch (PyTorch 1.13), from the repository root:

    /usr/bin/python3 packages/04-decoder-block/scripts/make_fixtures.py

It writes three JSON files to packages/04-decoder-block/test/fixtures/:

- decoder-block.json  nn.TransformerDecoderLayer(batch_first=True, dropout=0.0), norm_first
                      False and True, with a causal tgt_mask, tgt_key_padding_mask and
                      memory_key_padding_mask, without masks, and one gelu layer
- decoder.json        nn.TransformerDecoder with two layers (post-LN without a final norm,
                      pre-LN with one), causal, with both padding masks
- transformer.json    nn.Transformer (two encoder and two decoder layers, batch_first,
                      dropout 0), post-LN and pre-LN, with token embeddings, the sinusoidal
                      positional encoding and a linear generator around it

Every parameter is drawn at random (layer norms included) and stored in this project's layout.

Weight mapping, PyTorch -> this project (PyTorch's Linear computes x @ W.T + b with W
[out, in]; this project computes x @ W + b with W [in, out]):

    self_attn.in_proj_weight[0:d]        .T -> selfAttention.wQ   [dModel, dModel]
    self_attn.in_proj_weight[d:2d]       .T -> selfAttention.wK
    self_attn.in_proj_weight[2d:3d]      .T -> selfAttention.wV
    self_attn.in_proj_bias[0:d], [d:2d], [2d:3d] -> selfAttention.bQ, bK, bV
    self_attn.out_proj.weight            .T -> selfAttention.wO;  .bias -> selfAttention.bO
    multihead_attn.*                        -> crossAttention.*, split the same way
    linear1.weight [dFF, dModel]         .T -> feedForward.w1 [dModel, dFF]; bias -> b1
    linear2.weight [dModel, dFF]         .T -> feedForward.w2 [dFF, dModel]; bias -> b2
    norm1, norm2, norm3 (weight, bias)      -> norm1, norm2, norm3 (gamma, beta)
    TransformerDecoder.norm                 -> finalNorm
    Transformer.encoder.layers[l]           -> encoderBlocks[l] (stage 3's layout: attention,
                                               norm1, feedForward, norm2)
    Transformer.encoder.norm                -> encoderNorm
    Transformer.decoder.layers[l]           -> decoderBlocks[l]
    Transformer.decoder.norm                -> decoderNorm
    generator (nn.Linear(dModel, vocab)) .T -> generator.w [dModel, tgtVocabSize]; bias -> b

Where nn.Transformer stops: it maps embedded inputs to the decoder's normalised output. The
embeddings (E[token] * sqrt(dModel)), the sinusoidal positional encoding and the generator are
not part of it; this script computes them itself, from the formulas, around the module.

Masks: PyTorch's masks say True = ignore (key padding) or hold -inf (the float causal mask);
this project's say true = may attend. Both are built from the same lengths here.

The attention weights are recomputed with the layer's own modules, as the layer calls them:
self_attn(z, z, z, attn_mask=causal, key_padding_mask=tgt_padding) with z the layer's input
(post-LN) or norm1(input) (pre-LN), and multihead_attn(z2, memory, memory,
key_padding_mask=memory_padding) with z2 the self-attention sub-layer's output (post-LN) or
norm2 of it (pre-LN); average_attn_weights=False keeps one map per head.
"""

import json
import math
import os

import torch
from torch import nn

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures")


def tolist(t):
    return t.detach().to(torch.float32).tolist()


def randomise_(module, generator):
    """Weights ~ N(0, 1/fan_in), biases ~ N(0, 0.1^2), norm gains ~ 1 + N(0, 0.2^2),
    norm shifts ~ N(0, 0.2^2)."""
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


def attention_params(mha):
    d = mha.embed_dim
    w, b = mha.in_proj_weight, mha.in_proj_bias
    return {
        "wQ": tolist(w[0:d].T),
        "wK": tolist(w[d : 2 * d].T),
        "wV": tolist(w[2 * d : 3 * d].T),
        "wO": tolist(mha.out_proj.weight.T),
        "bQ": tolist(b[0:d]),
        "bK": tolist(b[d : 2 * d]),
        "bV": tolist(b[2 * d : 3 * d]),
        "bO": tolist(mha.out_proj.bias),
    }


def feed_forward_params(layer):
    return {
        "w1": tolist(layer.linear1.weight.T),
        "b1": tolist(layer.linear1.bias),
        "w2": tolist(layer.linear2.weight.T),
        "b2": tolist(layer.linear2.bias),
    }


def decoder_layer_params(layer):
    return {
        "selfAttention": attention_params(layer.self_attn),
        "norm1": norm_params(layer.norm1),
        "crossAttention": attention_params(layer.multihead_attn),
        "norm2": norm_params(layer.norm2),
        "feedForward": feed_forward_params(layer),
        "norm3": norm_params(layer.norm3),
    }


def encoder_layer_params(layer):
    return {
        "attention": attention_params(layer.self_attn),
        "norm1": norm_params(layer.norm1),
        "feedForward": feed_forward_params(layer),
        "norm2": norm_params(layer.norm2),
    }


def key_padding(lengths, seq):
    """PyTorch's key_padding_mask: True = padding, ignore this key."""
    if lengths is None:
        return None
    return torch.arange(seq)[None, :] >= torch.tensor(lengths)[:, None]


def causal(seq):
    """PyTorch's float causal mask: 0 where j <= i, -inf above the diagonal."""
    return torch.triu(torch.full((seq, seq), float("-inf")), diagonal=1)


def positional_encoding(seq, d):
    """PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(same), in float64."""
    pe = torch.zeros(seq, d, dtype=torch.float64)
    for pos in range(seq):
        for i in range(0, d, 2):
            angle = pos / 10000 ** (i / d)
            pe[pos, i] = math.sin(angle)
            if i + 1 < d:
                pe[pos, i + 1] = math.cos(angle)
    return pe.to(torch.float32)


def write(name, payload):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle)
        handle.write("\n")
    print(f"wrote {os.path.relpath(path)}")


def layer_weights(layer, x, memory, tgt_mask, tgt_padding, memory_padding):
    """The self- and cross-attention weights the layer computes, per head."""
    z = layer.norm1(x) if layer.norm_first else x
    sa, self_weights = layer.self_attn(z, z, z, attn_mask=tgt_mask, key_padding_mask=tgt_padding,
                                       need_weights=True, average_attn_weights=False)
    h1 = x + sa if layer.norm_first else layer.norm1(x + sa)
    z2 = layer.norm2(h1) if layer.norm_first else h1
    _, cross_weights = layer.multihead_attn(z2, memory, memory, key_padding_mask=memory_padding,
                                            need_weights=True, average_attn_weights=False)
    return self_weights, cross_weights


def decoder_block_cases(g):
    batch, seq_t, seq_s, d_model, num_heads, d_ff = 2, 5, 6, 8, 2, 16
    cases = []
    for norm_first, is_causal, tgt_lengths, src_lengths, activation in [
        (False, True, [5, 3], [6, 4], "relu"),
        (True, True, [5, 3], [6, 4], "relu"),
        (False, False, None, None, "relu"),
        (True, True, None, [2, 6], "relu"),
        (False, True, [4, 5], [3, 6], "gelu"),
    ]:
        layer = nn.TransformerDecoderLayer(d_model, num_heads, dim_feedforward=d_ff, dropout=0.0,
                                           activation=activation, batch_first=True,
                                           norm_first=norm_first)
        randomise_(layer, g)
        x = torch.randn(batch, seq_t, d_model, generator=g)
        memory = torch.randn(batch, seq_s, d_model, generator=g)
        tgt_mask = causal(seq_t) if is_causal else None
        tgt_padding = key_padding(tgt_lengths, seq_t)
        memory_padding = key_padding(src_lengths, seq_s)
        layer.eval()
        with torch.no_grad():
            output = layer(x, memory, tgt_mask=tgt_mask, tgt_key_padding_mask=tgt_padding,
                           memory_key_padding_mask=memory_padding)
            self_weights, cross_weights = layer_weights(layer, x, memory, tgt_mask, tgt_padding,
                                                        memory_padding)
        cases.append({
            "name": f"{'pre' if norm_first else 'post'}-LN, {activation}, "
                    f"{'causal' if is_causal else 'no causal mask'}, tgt lengths {tgt_lengths}, "
                    f"src lengths {src_lengths}",
            "normFirst": norm_first,
            "causal": is_causal,
            "activation": activation,
            "numHeads": num_heads,
            "tgtLengths": tgt_lengths,
            "srcLengths": src_lengths,
            "params": decoder_layer_params(layer),
            "x": tolist(x),
            "memory": tolist(memory),
            "output": tolist(output),
            "selfAttentionWeights": tolist(self_weights),
            "crossAttentionWeights": tolist(cross_weights),
        })
    return cases


def decoder_cases(g):
    batch, seq_t, seq_s, d_model, num_heads, d_ff = 2, 6, 5, 8, 2, 16
    cases = []
    for norm_first, tgt_lengths, src_lengths in [(False, [6, 4], [5, 3]), (True, [3, 6], [2, 5])]:
        layer = nn.TransformerDecoderLayer(d_model, num_heads, dim_feedforward=d_ff, dropout=0.0,
                                           batch_first=True, norm_first=norm_first)
        final_norm = nn.LayerNorm(d_model) if norm_first else None
        stack = nn.TransformerDecoder(layer, num_layers=2, norm=final_norm)
        randomise_(stack, g)  # each layer its own weights (the constructor deep-copies one)
        x = torch.randn(batch, seq_t, d_model, generator=g)
        memory = torch.randn(batch, seq_s, d_model, generator=g)
        stack.eval()
        with torch.no_grad():
            output = stack(x, memory, tgt_mask=causal(seq_t),
                           tgt_key_padding_mask=key_padding(tgt_lengths, seq_t),
                           memory_key_padding_mask=key_padding(src_lengths, seq_s))
        cases.append({
            "name": f"two {'pre' if norm_first else 'post'}-LN layers, tgt lengths {tgt_lengths}, "
                    f"src lengths {src_lengths}" + (", final norm" if norm_first else ""),
            "normFirst": norm_first,
            "numHeads": num_heads,
            "tgtLengths": tgt_lengths,
            "srcLengths": src_lengths,
            "blocks": [decoder_layer_params(l) for l in stack.layers],
            "finalNorm": norm_params(stack.norm) if final_norm is not None else None,
            "x": tolist(x),
            "memory": tolist(memory),
            "output": tolist(output),
        })
    return cases


def transformer_cases(g):
    batch, seq_s, seq_t, d_model, num_heads, d_ff = 2, 6, 5, 8, 2, 16
    src_vocab, tgt_vocab, max_len = 7, 9, 8
    cases = []
    for norm_first, src_lengths, tgt_lengths in [(False, [6, 4], [5, 3]), (True, [3, 6], [4, 5])]:
        model = nn.Transformer(d_model, num_heads, num_encoder_layers=2, num_decoder_layers=2,
                               dim_feedforward=d_ff, dropout=0.0, batch_first=True,
                               norm_first=norm_first)
        randomise_(model, g)
        src_embedding = torch.randn(src_vocab, d_model, generator=g) / d_model ** 0.5
        tgt_embedding = torch.randn(tgt_vocab, d_model, generator=g) / d_model ** 0.5
        generator = nn.Linear(d_model, tgt_vocab)
        randomise_(generator, g)
        src = torch.randint(0, src_vocab, (batch, seq_s), generator=g)
        tgt = torch.randint(0, tgt_vocab, (batch, seq_t), generator=g)
        src_x = src_embedding[src] * d_model ** 0.5 + positional_encoding(seq_s, d_model)
        tgt_x = tgt_embedding[tgt] * d_model ** 0.5 + positional_encoding(seq_t, d_model)
        src_padding = key_padding(src_lengths, seq_s)
        model.train()  # the plain Python path in the encoder; dropout p = 0 is the identity
        with torch.no_grad():
            decoded = model(src_x, tgt_x, tgt_mask=causal(seq_t), src_key_padding_mask=src_padding,
                            tgt_key_padding_mask=key_padding(tgt_lengths, seq_t),
                            memory_key_padding_mask=src_padding)
            logits = generator(decoded)
        cases.append({
            "name": f"2 + 2 {'pre' if norm_first else 'post'}-LN layers, src lengths "
                    f"{src_lengths}, tgt lengths {tgt_lengths}",
            "config": {"srcVocabSize": src_vocab, "tgtVocabSize": tgt_vocab, "dModel": d_model,
                       "numHeads": num_heads, "dFF": d_ff, "numEncoderLayers": 2,
                       "numDecoderLayers": 2, "maxLen": max_len, "seed": 0,
                       "normFirst": norm_first},
            "srcLengths": src_lengths,
            "tgtLengths": tgt_lengths,
            "params": {
                "srcEmbedding": tolist(src_embedding),
                "tgtEmbedding": tolist(tgt_embedding),
                "encoderBlocks": [encoder_layer_params(l) for l in model.encoder.layers],
                "encoderNorm": norm_params(model.encoder.norm),
                "decoderBlocks": [decoder_layer_params(l) for l in model.decoder.layers],
                "decoderNorm": norm_params(model.decoder.norm),
                "generator": {"w": tolist(generator.weight.T), "b": tolist(generator.bias)},
            },
            "srcTokens": src.tolist(),
            "tgtTokens": tgt.tolist(),
            "logits": tolist(logits),
        })
    return cases


def main():
    torch.set_num_threads(1)
    g = torch.Generator().manual_seed(4)
    os.makedirs(OUT_DIR, exist_ok=True)
    header = {"generator": "scripts/make_fixtures.py", "torch": torch.__version__}
    write("decoder-block.json", {**header, "cases": decoder_block_cases(g)})
    write("decoder.json", {**header, "cases": decoder_cases(g)})
    write("transformer.json", {**header, "cases": transformer_cases(g)})


if __name__ == "__main__":
    main()
