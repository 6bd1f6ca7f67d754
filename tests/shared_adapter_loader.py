"""Import tests/shared/adapter.py once under one name, for the shared cases and the second reading alike."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if "shared_adapter" in sys.modules:
    adapter = sys.modules["shared_adapter"]
else:
    _spec = importlib.util.spec_from_file_location("shared_adapter", Path(__file__).parent / "shared" / "adapter.py")
    adapter = importlib.util.module_from_spec(_spec)
    sys.modules["shared_adapter"] = adapter
    _spec.loader.exec_module(adapter)
