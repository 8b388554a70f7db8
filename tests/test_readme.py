"""The README's commands refer to things that exist in the repository."""

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.+?)\n```", section, re.S)
    assert block, "the quick start has no sh block"
    return block.group(1)


def test_quick_start_hands_the_build_a_lean_cmake_file_that_exists() -> None:
    command = _quick_start_command()
    cmake_args = re.search(r'CMAKE_ARGS="([^"]+)"', command)
    assert cmake_args, "the quick start no longer sets CMAKE_ARGS for llama-cpp-python"
    # scikit-build-core splits CMAKE_ARGS like a shell; $PWD is the clone's root.
    (define,) = shlex.split(cmake_args.group(1).replace("$PWD", str(ROOT)))
    name, _, path = define.removeprefix("-D").partition("=")
    # llama-cpp-python's CMake project is called llama_cpp: another name is silently ignored.
    assert name == "CMAKE_PROJECT_llama_cpp_INCLUDE"
    lean = Path(path).read_text(encoding="utf-8")
    assert "set(LLAMA_BUILD_COMMON OFF)" in lean
    assert "set(LLAVA_BUILD OFF)" in lean


def test_quick_start_fetches_the_model_and_writes_json_and_markdown() -> None:
    command = _quick_start_command()
    assert "pip install -e '.[local]'" in command
    assert "summarizer model fetch" in command
    assert "brief seeds/ -o briefing.json" in command
    assert "--format md -o briefing.md" in command
