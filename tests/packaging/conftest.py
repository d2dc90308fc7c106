"""Packaging tests read packaging/*.py by path: packaging/ is not a Python package
(a folder named `packaging` on sys.path must never shadow the PyPI library)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def plan() -> ModuleType:
    return load("bundle_plan")


@pytest.fixture(scope="session")
def build() -> ModuleType:
    load("bundle_plan")
    return load("build")
