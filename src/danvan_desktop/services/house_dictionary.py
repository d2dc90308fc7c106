"""The user's part of the house dictionary: words an editor accepted with "Thêm vào từ điển".

The bundled list (resources/dictionaries/house-vi.txt) ships with the program
and is read by the spelling core itself; what editors add on this PC goes to a
plain UTF-8 file in the data directory, one word a line, so an admin can read,
edit or copy it to colleagues. Writes are atomic: a crash mid-write keeps the
previous list.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from danvan_desktop import config
from danvan_desktop.vietnamese import nfc

USER_DICTIONARY_FILE = "house-words.txt"
_HEADER = "# Words added with “Thêm vào từ điển”; one a line.\n"


def user_dictionary_path() -> Path:
    return config.data_dir() / USER_DICTIONARY_FILE


def user_words() -> list[str]:
    """The words added on this PC, in the order they were added (empty if none yet)."""
    try:
        text = user_dictionary_path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [nfc(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"]


def add_user_word(word: str) -> bool:
    """Keep `word` (NFC) in the user's dictionary; False if it was already there."""
    word = nfc(word.strip())
    if not word:
        return False
    words = user_words()
    if word.casefold() in {known.casefold() for known in words}:
        return False
    path = user_dictionary_path()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".house-words-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(_HEADER + "".join(f"{known}\n" for known in [*words, word]))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True
