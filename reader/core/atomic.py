"""Atomic file writes and per-folder locks: a crash, a full disk or a second process never leaves a
half-written file or loses another writer's update.

A replaced file keeps its permission bits (``mkstemp`` alone would make every saved file 0600) and,
where the OS allows it, its group; a new file gets the mode the user's umask gives. Failures become
``WriteFailed`` naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from reader.core.errors import WriteFailed

_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    with _UMASK_LOCK:  # os.umask can only be read by setting it
        current = os.umask(0o022)
        os.umask(current)
    return current


umask = _umask  # for the files written elsewhere by a stream (written.py)


class NotRegular(OSError):
    """A path that must not be read as a file: a symbolic link where none is followed, a FIFO, a device."""


def describe(exc: OSError) -> str:
    """The reason of an OSError in a user's words, without Python's repr."""
    if isinstance(exc, NotRegular):
        return exc.strerror or "not a regular file"
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno == errno.EFBIG:  # a trial's `ulimit -f 1` (trial I, t14): the limit is the user's to raise
        return "file too large (over the file-size limit, `ulimit -f`, or the file system's)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno == errno.EISDIR:
        return "is a folder, not a file"
    if exc.errno == errno.ENOTDIR:
        return "a parent is a file, not a folder"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    return exc.strerror or type(exc).__name__


def temporary_folder() -> str:
    """The folder temporary files go to, named without `tempfile.gettempdir()`: that one writes a probe
    file in each candidate, and under `ulimit -f 0` failed again inside the handler of the first
    failure, which said 'no such file or folder' (trial Z, F3)."""
    if tempfile.tempdir:
        return str(tempfile.tempdir)
    for name in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(name):
            return os.environ[name]
    return "/tmp"  # what tempfile tries first on a POSIX system with none of them set


def unusable_temporary_folder(exc: OSError) -> OSError | None:
    """The real cause behind tempfile's 'No usable temporary directory found' (a FileNotFoundError
    naming no file, the probe's own error swallowed): a file-size limit read as 'no such file or
    folder' (trial Z, F3). Found again by writing one byte there; None for any other error."""
    if exc.errno != errno.ENOENT or exc.filename or "No usable temporary directory" not in str(exc):
        return None
    folder = temporary_folder()
    where = f"the temporary folder {folder}"
    probe = os.path.join(folder, f".press-reader-probe-{os.getpid()}")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"x")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as cause:
        return OSError(cause.errno, cause.strerror, where)
    return OSError(errno.EIO, "cannot write temporary files there", where)


def probe(folder: Path, data: bytes) -> None:
    """Write `data` to a temporary file in `folder`, synced, then remove it: whether a write of that
    size can land there now (a read-only or full file system raises the OSError it would)."""
    fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        Path(tmp).unlink(missing_ok=True)


def read_limited(path: Path, limit: int, *, follow: bool = True) -> bytes:
    """At most `limit` + 1 bytes of a regular file, refusing at once what is not one.

    A FIFO would block a read for ever and a device never end, so the file is opened without
    blocking and checked before anything is read. With `follow=False` (inside a release folder) a
    symbolic link is refused rather than followed: a history entry must not print /etc/passwd.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise NotRegular(errno.ELOOP, "a symbolic link; not followed", str(path)) from None
        raise
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegular(errno.EINVAL, "not a regular file (a pipe, a device or a socket); refused", str(path))
        return handle.read(limit + 1)


def write_text(path: Path, text: str, new_mode: int | None = None) -> None:
    write_bytes(path, text.encode("utf-8"), new_mode)


def write_bytes(path: Path, data: bytes, new_mode: int | None = None) -> None:
    """Replace the file whole, keeping its mode; a new file takes `new_mode` (a copy of a file the
    user restricted stays restricted), else what the umask allows."""
    path = Path(path)
    group: int | None = None
    try:
        try:
            there = path.stat()
            mode, group = stat.S_IMODE(there.st_mode), there.st_gid
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
            if not path.is_symlink() and not stat.S_ISREG(path.lstat().st_mode):
                # a device, a pipe, a socket: replacing it with a plain file is never what was asked
                raise NotRegular(errno.EINVAL, "not a regular file (a pipe, a device or a socket); refused", str(path))
        except FileNotFoundError:
            mode = new_mode if new_mode is not None else 0o666 & ~_umask()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(path, f"cannot write ({describe(exc)})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _keep_group(handle.fileno(), group)  # before the mode: a chown may clear set-id bits
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WriteFailed(path, f"cannot write ({describe(exc)})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _keep_group(fd: int, group: int | None) -> None:
    """The replaced file's group on its replacement: a text `chgrp`ed to a team's group became the
    user's own at the next edit, its mode kept (a hostile-input trial). Where the OS allows it: a
    group the user is not in (EPERM) or a filesystem without groups leaves the new file's own."""
    if group is None or not hasattr(os, "fchown") or os.fstat(fd).st_gid == group:
        return
    with contextlib.suppress(OSError):
        os.fchown(fd, -1, group)  # -1: the owner stays whoever writes


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder: one writer at a time per release or review store.

    flock on the folder itself leaves no lock file behind, and the kernel drops the lock when a
    process dies, so a crash never leaves a release locked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks, writes stay atomic
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except FileNotFoundError:
        raise WriteFailed(folder, "no such folder (removed or moved by another process?); nothing written") from None
    except OSError as exc:
        raise WriteFailed(folder, f"cannot lock ({describe(exc)})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        # The folder may have moved while this waited (a release removed by another process): writing
        # by its path then would land nowhere, or re-create it holding one file.
        held = os.fstat(fd)
        try:
            there = os.stat(folder)
        except FileNotFoundError:
            there = None
        if there is None or (there.st_ino, there.st_dev) != (held.st_ino, held.st_dev):
            raise WriteFailed(folder, "moved or removed by another process meanwhile; nothing written")
        yield
    finally:
        os.close(fd)


def _take_claim(path: Path) -> int | None:
    """The claim file's descriptor, locked; None when another process holds it. A file removed (or
    replaced) by its holder between our open and our lock is no claim: opened again, at most a few
    times (each round means another run just let a claim go)."""
    import fcntl

    for _ in range(8):
        # read-only and as the umask allows: another user's run locks the same file (flock needs no write)
        fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        try:
            there = os.stat(path)
        except FileNotFoundError:
            there = None
        held = os.fstat(fd)
        if there is not None and (there.st_ino, there.st_dev) == (held.st_ino, held.st_dev):
            return fd
        os.close(fd)
    return None  # claims coming and going this fast: another run is at work here


@contextlib.contextmanager
def claimed(path: Path) -> Iterator[bool]:
    """A lock on a file taken without waiting: True while this process holds it, False when another
    does. The kernel lets it go when the process dies, so a killed run leaves no claim behind; a run
    that ends removes its file while it still holds it (a folder of claims grew a file for every
    release and language ever translated: an archive team's trial)."""
    try:
        import fcntl  # noqa: F401 - only to know advisory locks exist here
    except ImportError:  # pragma: no cover - Windows: no advisory locks
        yield True
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _take_claim(path)
    except OSError:
        yield True  # nowhere to claim: the work is done all the same, as before claims
        return
    if fd is None:
        yield False
        return
    try:
        yield True
    finally:
        with contextlib.suppress(OSError):  # another user's folder may refuse it: the file then stays
            os.unlink(path)
        os.close(fd)
