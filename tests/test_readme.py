"""The README's quick start runs a script that exists and does what the README says."""

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUICKSTART = ROOT / "scripts" / "quickstart"


def _first_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.+?)\n```", section, re.S)
    assert block, "the quick start has no sh block"
    return block.group(1)


def test_the_first_command_is_the_quickstart_script() -> None:
    assert _first_command() == "scripts/quickstart"
    assert QUICKSTART.stat().st_mode & 0o111, "scripts/quickstart must be executable"


def test_quickstart_hands_the_build_a_lean_cmake_file_that_exists() -> None:
    assert "scripts/install-llama" in QUICKSTART.read_text(encoding="utf-8")
    script = (ROOT / "scripts" / "install-llama").read_text(encoding="utf-8")
    cmake_args = re.search(r'CMAKE_ARGS="([^"]+)"', script)
    assert cmake_args, "the quick start no longer sets CMAKE_ARGS for llama-cpp-python"
    # scikit-build-core splits CMAKE_ARGS like a shell; the script runs in the clone's root.
    (define,) = shlex.split(
        cmake_args.group(1).replace("$lean", str(ROOT / "scripts/llama-cpp-lean.cmake"))
    )
    name, _, path = define.removeprefix("-D").partition("=")
    # llama-cpp-python's CMake project is called llama_cpp: another name is silently ignored.
    assert name == "CMAKE_PROJECT_llama_cpp_INCLUDE"
    lean = Path(path).read_text(encoding="utf-8")
    assert "set(LLAMA_BUILD_COMMON OFF)" in lean
    assert "set(LLAVA_BUILD OFF)" in lean
    # AMX off (ggml's AMX matmul segfaults on Q4_K_M), the rest of -march=native kept.
    assert "-mno-amx-int8" in lean


def test_quickstart_installs_fetches_and_writes_json_and_markdown() -> None:
    script = QUICKSTART.read_text(encoding="utf-8")
    assert "pip\" install --quiet -e '.[local]'" in script
    assert 'summarizer" model fetch' in script
    assert "brief seeds/ -o briefing.json" in script
    assert "brief seeds/ --format md -o briefing.md" in script
