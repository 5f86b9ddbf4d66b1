"""Build real Argos Translate packages for tests and benchmarks: a CTranslate2 transformer with
random weights (fixed seed) and a SentencePiece model trained on a few lines, zipped as
``.argosmodel`` with its metadata.json. They translate nonsense, through the whole real path."""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import sentencepiece as spm
from ctranslate2.converters.converter import Converter
from ctranslate2.specs import transformer_spec

CORPUS = """\
Vandaag ondertekenden vice-eersteminister en minister van economie Kris Peeters en Alibaba een akkoord.
Alibaba creëert zijn eerste Europese hub in Luik en zal daar 75 miljoen EUR investeren.
Het distributiecentrum wordt gebouwd op een terrein van 22 hectare rond de luchthaven van Luik.
De aanwezigheid van Alibaba is ook een goede zaak voor de Belgische export naar China.
Aujourd'hui, le vice-Premier ministre Kris Peeters et Alibaba ont signé un accord de coopération.
Alibaba crée son premier hub européen à Liège et y investira 75 millions d'euros.
Le centre de distribution sera construit sur un terrain de 22 hectares autour de l'aéroport.
Today Deputy Prime Minister Kris Peeters and Alibaba signed a cooperation agreement.
Alibaba is creating its first European hub in Liège and will invest 75 million EUR there.
The distribution centre will be built on a 22-hectare site around Liège airport.
Belgium would become the first European country to start an eWTP, on 5 December 2018.
"""

NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}


class RandomTransformerConverter(Converter):
    """A Converter whose 'source model' is a seeded random number generator."""

    def __init__(self, vocabulary: list[str], layers: int, d_model: int, heads: int, ffn: int, seed: int):
        self.vocabulary, self.layers, self.d_model = vocabulary, layers, d_model
        self.heads, self.ffn, self.seed = heads, ffn, seed

    def _load(self):  # noqa: ANN202 - ctranslate2's own signature
        rng = np.random.default_rng(self.seed)
        d, vocab, ffn = self.d_model, len(self.vocabulary), self.ffn
        spec = transformer_spec.TransformerSpec.from_config((self.layers, self.layers), self.heads)

        def linear(s, rows: int, cols: int) -> None:
            s.weight = (rng.standard_normal((rows, cols)) / np.sqrt(cols)).astype(np.float32)
            s.bias = np.zeros(rows, np.float32)

        def norm(s) -> None:
            s.gamma, s.beta = np.ones(d, np.float32), np.zeros(d, np.float32)

        def attention(s, self_attention: bool) -> None:
            if self_attention:
                linear(s.linear[0], 3 * d, d)
            else:
                linear(s.linear[0], d, d)
                linear(s.linear[1], 2 * d, d)
            linear(s.linear[-1], d, d)
            norm(s.layer_norm)

        for side in (spec.encoder, spec.decoder):
            embeddings = side.embeddings[0] if isinstance(side.embeddings, list) else side.embeddings
            embeddings.weight = (rng.standard_normal((vocab, d)) * 0.5).astype(np.float32)
            norm(side.layer_norm)
            for layer in side.layer:
                attention(layer.self_attention, True)
                if side is spec.decoder:
                    attention(layer.attention, False)
                norm(layer.ffn.layer_norm)
                linear(layer.ffn.linear_0, ffn, d)
                linear(layer.ffn.linear_1, d, ffn)
        linear(spec.decoder.projection, vocab, d)
        spec.register_source_vocabulary(self.vocabulary)
        spec.register_target_vocabulary(self.vocabulary)
        return spec


def build_package(
    out_dir: Path,
    from_code: str,
    to_code: str,
    *,
    seed: int = 0,
    version: str = "1.0",
    layers: int = 2,
    d_model: int = 64,
    heads: int = 4,
    ffn: int = 128,
    sp_vocab: int = 200,
    model_vocab: int | None = None,
    quantization: str = "int8",
    corpus: str = CORPUS,
    minisbd: bool = False,
) -> Path:
    """Write ``translate-<from>_<to>-<version>.argosmodel`` into out_dir and return its path.

    With `minisbd`, the package carries ``minisbd/<from>.onnx``: argostranslate (and so a real
    LibreTranslate server) then splits sentences with it instead of downloading a model.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        root.mkdir()
        (Path(tmp) / "corpus.txt").write_text(corpus * 3, encoding="utf-8")
        spm.SentencePieceTrainer.train(
            input=str(Path(tmp) / "corpus.txt"),
            model_prefix=str(root / "sentencepiece"),
            vocab_size=sp_vocab,
            character_coverage=1.0,
            model_type="unigram",
            minloglevel=2,
            num_threads=1,
            hard_vocab_limit=False,
        )
        (root / "sentencepiece.vocab").unlink()
        sp = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
        vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
        if model_vocab and model_vocab > len(vocabulary):  # base-size benchmark models: a 32k softmax
            vocabulary += [f"▁pad{i}" for i in range(model_vocab - len(vocabulary))]
        RandomTransformerConverter(vocabulary, layers, d_model, heads, ffn, seed).convert(
            str(root / "model"), quantization=quantization, force=True
        )
        metadata = {
            "type": "translate",
            "package_version": version,
            "argos_version": "1.0",
            "from_code": from_code,
            "from_name": NAMES.get(from_code, from_code),
            "to_code": to_code,
            "to_name": NAMES.get(to_code, to_code),
            "license": "CC0 (random weights, for tests)",
            "links": [],
        }
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (root / "README.md").write_text(f"# {name}\nRandom weights for tests. License: CC0\n", encoding="utf-8")
        if minisbd:
            (root / "minisbd").mkdir()
            build_minisbd(root / "minisbd" / f"{from_code}.onnx", from_code, corpus, seed)
        target = out_dir / f"{name}.argosmodel"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                archive.write(path, path.relative_to(Path(tmp)).as_posix())
    return target


def build_minisbd(path: Path, lang: str, corpus: str, seed: int = 0) -> Path:
    """A MiniSBD-compatible sentence splitter with random weights: an ONNX graph from `units`
    (int64 [batch, chars]) and `features` (float [batch, chars, 1]) to logits [batch, chars, 5],
    with the metadata minisbd reads (lang_code, config, vocab, lexicon)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    chars = sorted(set(corpus))
    id2unit = ["<PAD>", "<UNK>", "<EMPTY>", "<ROOT>", *chars]
    rng = np.random.default_rng(seed)
    embed = numpy_helper.from_array(rng.normal(size=(len(id2unit), 5)).astype(np.float32), "embed")
    weigh = numpy_helper.from_array(rng.normal(size=(1, 5)).astype(np.float32), "weigh")
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["embed", "units"], ["from_units"], axis=0),
            helper.make_node("MatMul", ["features", "weigh"], ["from_features"]),
            helper.make_node("Add", ["from_units", "from_features"], ["logits"]),
        ],
        "minisbd",
        [
            helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", 1]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])],
        initializer=[embed, weigh],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab = {
        "lang": lang,
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_id2unit": id2unit,
        "_unit2id": {unit: i for i, unit in enumerate(id2unit)},
    }
    config = {"feat_funcs": ["space_before"], "max_seqlen": 300, "batch_size": 8}
    for key, value in (
        ("lang_code", lang),
        ("config", json.dumps(config)),
        ("vocab", json.dumps(vocab)),
        ("lexicon", "null"),
    ):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    path.write_bytes(model.SerializeToString())
    return path


def build_index(out_dir: Path, packages: list[Path]) -> Path:
    """A local package index, like argospm-index's index.json, with file:// links."""
    entries = []
    for package in packages:
        with zipfile.ZipFile(package) as archive:
            root = archive.namelist()[0].split("/")[0]
            metadata = json.loads(archive.read(f"{root}/metadata.json"))
        metadata["links"] = [package.resolve().as_uri()]
        entries.append(metadata)
    index = out_dir / "index.json"
    index.write_text(json.dumps(entries, indent=2), encoding="utf-8")
    return index


def copy_packages(built: dict[str, Path], target: Path) -> dict[str, Path]:
    target.mkdir(parents=True, exist_ok=True)
    return {pair: Path(shutil.copy(path, target)) for pair, path in built.items()}
