"""Train the second polyphone model (resources/polyphone/model.npz) and write it for numpy.

g2pM (the first model) was trained on CPP's Wikipedia sentences, up to 20 per character, and
is so sure of a character's usual reading that it overrules dictionary words it rarely saw
(了解 le, 行业 xíng, 着陆 zhe). This one is trained on a second labelled set whose sentences
give every reading of a common polyphone its share: g2pL's data (Apache-2.0; sentences in the
CPP format, `▁` on both sides of the marked character, one reading per line in the label file).
Besides the characters it reads the dictionary's reading of the word the character stands in,
so it learns when that reading can be trusted.

Two steps, in two environments (the app itself never needs torch):

    .venv/bin/python resources/polyphone/train.py prepare DATA.sent DATA.lb OUT.jsonl
    TORCH_PYTHON resources/polyphone/train.py fit --train A.jsonl B.jsonl --valid C.jsonl \\
        --vocab G2PM_PACKAGE_DIR --out resources/polyphone/model.npz

`prepare` segments each sentence with the app's own tokenizer and phrase tables; `fit` trains a
BiLSTM over the sentence (character embeddings started from g2pM's) with a softmax restricted
to the marked character's readings. The data stays where it was downloaded; nothing of it is
kept in the project.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path

MARK = "\u2581"
EMBEDDING, HIDDEN = 64, 64


def prepare(sent_path: str, label_path: str, out_path: str) -> None:
    """One JSON line per usable sentence: text, marked offset, gold reading (tone numbers, g2pM's
    spelling), the app's reading before the model, and the token kind (0 one character, 1 a word
    the phrase tables know, 2 another word)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop.core import pinyin
    from desktop.core.segment import cut

    sentences = Path(sent_path).read_text(encoding="utf-8").split("\n")
    labels = [
        x.strip() for x in Path(label_path).read_text(encoding="utf-8").split("\n") if x.strip()
    ]
    sentences = [s for s in sentences if s]
    if len(sentences) != len(labels):
        raise SystemExit(f"{len(sentences)} sentences but {len(labels)} labels")
    with open(out_path, "w", encoding="utf-8") as out:
        for raw, gold in zip(sentences, labels):
            pos = raw.find(MARK)
            if raw.count(MARK) != 2 or raw[pos + 2] != MARK:
                continue
            text = raw.replace(MARK, "")
            spans = cut(text)
            base = pinyin.tokens_pinyin_without_model(text, spans)
            for (start, end), syllables in zip(spans, base):
                if start <= pos < end:
                    word = text[start:end]
                    kind = 0 if len(word) == 1 else (1 if pinyin.is_known_word(word) else 2)
                    app = pinyin.number_of(syllables[pos - start])
                    break
            out.write(
                json.dumps(
                    {
                        "text": text,
                        "pos": pos,
                        "gold": gold.replace("v", "u:"),
                        "app": app,
                        "kind": kind,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )


def fit(
    train_paths: list[str], valid_path: str, vocab_dir: str, out_path: str, epochs: int, seed: int
) -> None:
    """Train on the prepared lines and write the weights as float32 arrays in one .npz file."""
    import numpy as np
    import torch
    from torch import nn

    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_num_threads(2)
    vocab = Path(vocab_dir)
    with open(vocab / "char2idx.pkl", "rb") as f:
        char_ids: dict[str, int] = pickle.load(f)
    with open(vocab / "digest_cedict.pkl", "rb") as f:
        dictionary: dict[str, list[str]] = pickle.load(f)
    with open(vocab / "np_ckpt.pkl", "rb") as f:
        start_embedding = pickle.load(f)["embedding.weight"]

    def read(path: str) -> list[dict]:
        return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]

    train = [r for p in train_paths for r in read(p)]
    valid = read(valid_path)
    pairs: dict[tuple[str, str], int] = {}
    for r in train:
        pairs.setdefault((r["text"][r["pos"]], r["gold"]), len(pairs))
    for char in sorted({c for c, _ in pairs}):
        for reading in dictionary.get(char, []):
            pairs.setdefault((char, reading), len(pairs))
    by_char: dict[str, list[int]] = {}
    for (char, _), index in pairs.items():
        by_char.setdefault(char, []).append(index)
    widest = max(len(v) for v in by_char.values())
    names = list(pairs)
    unknown, bos, eos = char_ids["<UNK>"], char_ids["시"], char_ids["끝"]

    def encode(rows: list[dict]) -> list[tuple]:
        out = []
        for r in rows:
            char = r["text"][r["pos"]]
            options = by_char.get(char)
            gold = pairs.get((char, r["gold"]))
            if not options or gold not in options:
                continue
            ids = [bos, *(char_ids.get(c, unknown) for c in r["text"]), eos]
            app = [float(names[i][1] == r["app"]) for i in options]
            out.append((ids, r["pos"] + 1, options, app, r["kind"], options.index(gold)))
        return out

    def batch(items: list[tuple]) -> tuple:
        lengths = torch.tensor([len(x[0]) for x in items])
        ids = torch.zeros(len(items), int(lengths.max()), dtype=torch.long)
        reversed_ids = torch.zeros_like(ids)
        options = torch.full((len(items), widest), -1, dtype=torch.long)
        app = torch.zeros(len(items), widest)
        for k, (seq, _, opts, a, _, _) in enumerate(items):
            ids[k, : len(seq)] = torch.tensor(seq)
            reversed_ids[k, : len(seq)] = torch.tensor(seq[::-1])
            options[k, : len(opts)] = torch.tensor(opts)
            app[k, : len(a)] = torch.tensor(a)
        where = torch.tensor([x[1] for x in items])
        kinds = torch.tensor([x[4] for x in items])
        gold = torch.tensor([x[5] for x in items])
        return ids, reversed_ids, lengths, where, options, app, kinds, gold

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embedding = nn.Embedding(len(char_ids), EMBEDDING)
            self.embedding.weight.data.copy_(torch.tensor(start_embedding))
            # two one-way LSTMs, the second over the reversed sentence, both left-aligned: padding
            # comes after a sentence's end and never reaches a state that is read (as in numpy)
            self.forward_lstm = nn.LSTM(EMBEDDING, HIDDEN, batch_first=True)
            self.backward_lstm = nn.LSTM(EMBEDDING, HIDDEN, batch_first=True)
            self.hidden = nn.Linear(2 * HIDDEN, 2 * HIDDEN)
            self.pair = nn.Embedding(len(pairs), 2 * HIDDEN)
            self.pair_bias = nn.Embedding(len(pairs), 1)
            self.app_weight = nn.Embedding(3, 1)
            self.drop = nn.Dropout(0.3)

        def forward(self, ids, reversed_ids, lengths, where, options, app, kinds):
            fw, _ = self.forward_lstm(self.drop(self.embedding(ids)))
            bw, _ = self.backward_lstm(self.drop(self.embedding(reversed_ids)))
            rows = torch.arange(len(where))
            h = torch.cat([fw[rows, where], bw[rows, lengths - 1 - where]], dim=1)
            h = self.drop(torch.relu(self.hidden(h)))
            o = options.clamp(min=0)
            logits = (
                (self.pair(o) * h[:, None]).sum(-1)
                + self.pair_bias(o)[..., 0]
                + app * self.app_weight(kinds)
            )
            return logits.masked_fill(options < 0, -1e9)

    net = Net()
    optimiser = torch.optim.Adam(net.parameters(), lr=3e-3)
    train_items, valid_items = encode(train), encode(valid)

    def accuracy(items: list[tuple]) -> float:
        net.eval()
        right = 0
        with torch.no_grad():
            for i in range(0, len(items), 512):
                *inputs, gold = batch(items[i : i + 512])
                right += int((net(*inputs).argmax(1) == gold).sum())
        net.train()
        return right / len(items)

    # batches of sentences of about one length (little padding), in a new order each epoch
    train_items.sort(key=lambda x: len(x[0]))
    batches = [train_items[i : i + 128] for i in range(0, len(train_items), 128)]
    best, best_state = -1.0, None
    for epoch in range(epochs):
        began = time.time()
        random.shuffle(batches)
        for group in optimiser.param_groups:
            group["lr"] = 3e-3 * 0.6**epoch
        for items in batches:
            *inputs, gold = batch(items)
            loss = nn.functional.cross_entropy(net(*inputs), gold)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        score = accuracy(valid_items)
        print(f"epoch {epoch}: valid {score:.4f} ({time.time() - began:.0f} s)", flush=True)
        if score > best:
            best, best_state = score, {k: v.detach().clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    w = {k: v.numpy().astype(np.float32) for k, v in net.state_dict().items()}
    np.savez_compressed(
        out_path,
        embedding=w["embedding.weight"],
        forward_in=w["forward_lstm.weight_ih_l0"],
        forward_hidden=w["forward_lstm.weight_hh_l0"],
        forward_bias=w["forward_lstm.bias_ih_l0"] + w["forward_lstm.bias_hh_l0"],
        backward_in=w["backward_lstm.weight_ih_l0"],
        backward_hidden=w["backward_lstm.weight_hh_l0"],
        backward_bias=w["backward_lstm.bias_ih_l0"] + w["backward_lstm.bias_hh_l0"],
        hidden_weight=w["hidden.weight"],
        hidden_bias=w["hidden.bias"],
        pair=w["pair.weight"],
        pair_bias=w["pair_bias.weight"][:, 0],
        app_weight=w["app_weight.weight"][:, 0],
        pair_chars=np.array([c for c, _ in names]),
        pair_readings=np.array([r for _, r in names]),
    )
    print(f"best valid {best:.4f}; wrote {out_path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("sent")
    p.add_argument("labels")
    p.add_argument("out")
    f = sub.add_parser("fit")
    f.add_argument("--train", nargs="+", required=True)
    f.add_argument("--valid", required=True)
    f.add_argument("--vocab", required=True, help="the installed g2pM package's folder")
    f.add_argument("--out", required=True)
    f.add_argument("--epochs", type=int, default=5)
    f.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.step == "prepare":
        prepare(args.sent, args.labels, args.out)
    else:
        fit(args.train, args.valid, args.vocab, args.out, args.epochs, args.seed)


if __name__ == "__main__":
    main()
