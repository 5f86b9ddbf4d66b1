"""How much memory a CTranslate2 call takes, and how to cut sentences into calls under a bound.

The bound (``--max-memory``) is on the whole process while it translates: what is resident before a
call (the interpreter, the loaded models, the rest of the app) plus what the call itself adds. The
call's share is modelled, not guessed: beam search keeps, per decoder layer, the keys and values of
every hypothesis for every decoded token (self-attention) and for every source token
(cross-attention), so its memory grows with sentences x beam x decoded tokens x layers x width; the
source side counts apart, because a pivot's second hop may be given text as long as its bound.
"""

from __future__ import annotations

import functools
import logging
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("reader")
MIB = 1 << 20
GIB = 1 << 30

# -- The fitted constants: change them only with a new run of benchmarks/bench_memory_model.py --------
# Measured on 2026-11-29 with CTranslate2 4.8.5 (pip wheel), CPU (AMD EPYC, 2 intra threads), int8, a
# base-size random model (6+6 layers, d=512, 8 heads, ffn 2048, 32k vocabulary) decoding every sentence
# to its bound: VmHWM of one translate_batch call over VmRSS before it, 15 shapes from 1 to 32
# sentences, beam 1 to 4, 30 to 500 source and 70 to 512 decoded tokens. The least-squares fit is 13.5
# bytes per decoded token and 6.5 per source token (per sentence x beam x layer x width). The largest
# measure was 1.12 times the fit, and a second run of the same shapes measured up to 1.2 times it (one
# shape took 224 MiB, then 242): both constants are the fit times 1.2, to err on the safe side.
PER_DECODED = 16.2  # bytes per sentence x beam x decoded token x decoder layer x width
PER_SOURCE = 7.8  # bytes per sentence x beam x source token x decoder layer x width (cross-attention)
# What a translating process holds besides the call and the models: Python objects of the release,
# the SQLite cache, the tokenizers, allocator slack between calls. Measured as the peak of an engine run
# over the peak the model gives for its largest call (benchmarks/bench_engine.py).
HEADROOM = 64 * MIB

MAX_INPUT = 1024  # CTranslate2 cuts sources there (translate_batch's max_input_length): they take no more

# -- The default bound ------------------------------------------------------------------------------
# Half of what the machine has available when the run starts: the other half is left to the browser,
# the editor and a second run. Never under 512 MiB (two base models and one sentence at a time fit in
# about 300), never over 4 GiB (a batch of 16 at the longest bound, 512 tokens, of a base model needs
# under 1 GiB: more buys no speed, and a machine that has 30 GiB free now may not in an hour).
DEFAULT_FRACTION = 0.5
DEFAULT_FLOOR = 512 * MIB
DEFAULT_CEILING = 4 * GIB


@dataclass(frozen=True)
class ModelDims:
    """What the decoder's memory depends on, read from the model's own file."""

    layers: int
    width: int


BASE_DIMS = ModelDims(6, 512)  # when model.bin cannot be read: the common Argos shape


class Bound:
    """One engine's bound, shared by the translations it runs at once (translate --all --jobs)."""

    def __init__(self, max_memory: int | None, batch_size: int):
        self.max_memory = max_memory if max_memory is not None else default_max_memory(meminfo())
        self.batch_size = batch_size
        # Sentences per call at most, whatever the memory: set it (to 1, say) while a cancel is pending,
        # and the next calls are small enough for the cancel to be seen between sentences.
        self.call_cap: int | None = None
        self._active = 0
        self._lock = threading.Lock()
        self._warned = False
        self._last: tuple[str, int, int] | None = None  # model, resident before its last call, that call's share

    @contextmanager
    def running(self) -> Iterator[None]:
        with self._lock:
            self._active += 1
        try:
            yield
        finally:
            with self._lock:
                self._active -= 1

    def cap(self) -> int:
        """Sentences per call at most: the batch size, or fewer while a cancel is pending."""
        cap = self.call_cap
        return max(1, min(self.batch_size, cap if cap is not None else self.batch_size))

    def room(self, loaded: int, pending: int = 0, starting: bool = False, now: int | None = None) -> int:
        """What one call may add: the bound less what is resident (`now`, else measured; where /proc is
        missing, the `loaded` models and a headroom) and `pending` (models yet to load), shared by the
        translations running at once (`starting`: counting one about to start)."""
        held = now or resident() or loaded + HEADROOM
        with self._lock:
            share = max(1, self._active + (1 if starting else 0))
        return max(0, (self.max_memory - held - pending - HEADROOM) // share)

    def next_call(
        self, model: str, loaded: int, sources: list[int], bounds: list[int], beam: int, dims: ModelDims
    ) -> int:
        """How many of these sentences (sorted by length, ascending) the next call of `model` takes.

        Memory the last call freed stays resident; it serves the next call of the same model (the same
        threads, so the same allocator arenas) as long as it is no more than that call's share, and then
        it counts as free. Otherwise, near the bound, it is handed back first, so that only what is held
        counts: handing it back after every call would cost a page fault per page of every call.
        """
        cap, now = self.cap(), resident()
        with self._lock:
            last, alone = self._last, self._active <= 1
        if now is not None and last is not None and alone and last[0] == model and now - last[1] <= last[2]:
            now = last[1]
        elif call_bytes(cap, beam, sources[-1], bounds[-1], dims) > self.room(loaded, now=now):
            release_freed()
            now = resident()
        room = self.room(loaded, now=now)
        if call_bytes(1, beam, sources[0], bounds[0], dims) > room and not self._warned:
            self._warned = True
            log.warning(
                f"a memory bound of {format_size(self.max_memory)} leaves no room to decode beside the models: "
                "one sentence at a time, above the bound"
            )
        end = plan_calls(sources, bounds, beam, dims, room, cap)[0][1]
        if now is not None:
            with self._lock:
                self._last = (model, now, call_bytes(end, beam, sources[end - 1], bounds[end - 1], dims))
        return end


def parse_size(text: str) -> int:
    """'600M', '2G', '1.5GiB', '800MB', '1048576' -> bytes (binary units: M is MiB). ValueError if not."""
    value = text.strip().upper().replace(" ", "")
    for suffix in ("IB", "B"):
        if value.endswith(suffix) and value[: -len(suffix)][-1:] in ("K", "M", "G", "T"):
            value = value[: -len(suffix)]
            break
    scale = {"K": 1 << 10, "M": MIB, "G": GIB, "T": 1 << 40}.get(value[-1:], 1)
    number = value[:-1] if value[-1:] in ("K", "M", "G", "T") else value.removesuffix("B")
    try:
        amount = float(number)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (for example 600M or 2G)") from None
    if not amount > 0 or amount != amount or amount * scale > 1 << 50:
        raise ValueError(f"not a size: {text!r} (for example 600M or 2G)")
    return int(amount * scale)


def format_size(size: int) -> str:
    return f"{size / GIB:.1f} GiB" if size >= GIB else f"{size / MIB:.0f} MiB"


def default_max_memory(meminfo: str | None) -> int:
    """The bound when the user gives none, from the text of /proc/meminfo (None: not Linux)."""
    available = None
    for line in (meminfo or "").splitlines():
        if line.startswith("MemAvailable:"):
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                available = int(parts[1]) * 1024
    if available is None:
        return 2 * GIB  # unknown: what a small laptop can spare
    return max(DEFAULT_FLOOR, min(DEFAULT_CEILING, int(available * DEFAULT_FRACTION)))


def call_bytes(sentences: int, beam: int, source: int, decoded: int, dims: ModelDims) -> int:
    """What one translate_batch call adds to the process: `sentences` padded to `source` tokens, each
    decoded to `decoded` tokens."""
    per_hypothesis = PER_DECODED * decoded + PER_SOURCE * source
    return int(per_hypothesis * sentences * beam * dims.layers * dims.width)


def plan_calls(
    sources: list[int], bounds: list[int], beam: int, dims: ModelDims, room: int, max_sentences: int
) -> list[tuple[int, int]]:
    """Cut sentences, sorted by length (ascending), into calls of [start, end).

    `sources` are their token counts, `bounds` their decoding bounds. Each call takes as many as fit in
    `room` at the length and bound of its longest (its last) sentence, up to `max_sentences`; a single
    sentence always goes, even when it alone does not fit.
    """
    calls: list[tuple[int, int]] = []
    start = 0
    while start < len(bounds):
        end = start + 1
        while (
            end < len(bounds)
            and end - start < max_sentences
            and call_bytes(end - start + 1, beam, sources[end], bounds[end], dims) <= room
        ):
            end += 1
        calls.append((start, end))
        start = end
    return calls


def model_bytes(package: Path) -> int:
    """The size of a package's weights: about what loading them adds to the process (int8 on int8)."""
    try:
        return (package / "model" / "model.bin").stat().st_size
    except OSError:
        return 0


@functools.lru_cache(maxsize=64)
def model_dims(package: Path) -> ModelDims:
    """Decoder layers and width from a package's CTranslate2 model.bin, its variable names and shapes.

    Only the header of each variable is read (the weights are skipped over), so this costs a few
    hundred small reads; any surprise gives the common base shape rather than an error.
    """
    try:
        with open(package / "model" / "model.bin", "rb") as f:
            return _read_dims(f)
    except (OSError, struct.error, ValueError, UnicodeDecodeError):
        return BASE_DIMS


def _read_dims(f: object) -> ModelDims:
    import io

    assert isinstance(f, io.BufferedReader)

    def read(fmt: str) -> tuple[int, ...]:
        size = struct.calcsize(fmt)
        data = f.read(size)
        if len(data) != size:
            raise ValueError("truncated")
        return struct.unpack(fmt, data)

    def string() -> str:
        (length,) = read("<H")
        return f.read(length).rstrip(b"\0").decode("utf-8")

    (version,) = read("<I")
    if not 2 <= version <= 64:
        raise ValueError("unknown binary version")
    string()  # spec name
    read("<I")  # spec revision
    (count,) = read("<I")
    layers: set[int] = set()
    width = 0
    for _ in range(count):
        name = string()
        (rank,) = read("<B")
        shape = read(f"<{rank}I") if rank else ()
        (type_or_size,) = read("<B")
        (amount,) = read("<I")
        f.seek(amount if version >= 4 else amount * type_or_size, 1)
        parts = name.split("/")
        if len(parts) > 2 and parts[0] == "decoder" and parts[1].startswith("layer_"):
            layers.add(int(parts[1].removeprefix("layer_")))
        if name.startswith("decoder/") and name.endswith("layer_norm/gamma") and shape:
            width = max(width, shape[0])
    if not layers or not width:
        raise ValueError("no decoder layers")
    return ModelDims(len(layers), width)


def resident() -> int | None:
    """This process's resident memory now (VmRSS), None where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def release_freed() -> None:
    """Hand memory freed by earlier calls back to the system (glibc's malloc_trim; elsewhere nothing).

    Each ctranslate2.Translator decodes on its own threads, and glibc gives each thread its own arena:
    what one model's call freed stays resident and cannot serve the other model's call. Without this, a
    pivot run holds the peak of both hops at once (546 MiB where one hop's peak gives about 370).
    """
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass


def meminfo() -> str | None:
    """The text of /proc/meminfo, None where there is none."""
    try:
        return Path("/proc/meminfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
