# A leaner llama-cpp-python build, for the README's install command:
#   CMAKE_ARGS="-DCMAKE_PROJECT_llama_cpp_INCLUDE='$PWD/scripts/llama-cpp-lean.cmake'"
#
# CMake includes this file right after llama-cpp-python's `project(llama_cpp)`. Normal
# variables set here shadow the cache options of the same names (policies CMP0077 and
# CMP0126), so they hold even against llama-cpp-python's `set(... CACHE ... FORCE)`.
#
# summarizer runs llama-cpp-python's server, which loads libllama and ggml only. It never
# loads these two, which llama-cpp-python builds by default:
# - llama.cpp's common library, with cpp-httplib (used only by common): about half of the
#   build's compile time (5 min 43 s -> 2 min 59 s on 2 cores, measured 2026-11-22).
# - the multimodal library (mtmd/llava): about a minute.
set(LLAMA_BUILD_COMMON OFF)
set(LLAVA_BUILD OFF)

# AMX off, the rest of -march=native kept. ggml compiles its AMX matmul when the compiler
# defines __AMX_INT8__, which -march=native does on Sapphire Rapids and later Xeons; that
# path segfaults on the first multi-token decode of Q4_K_M models (ggml-org/llama.cpp#20824).
# GCC lets an explicit -mno-* win over -march=native whatever their order. AVX2 and AVX-512
# stay at full speed; a CPU without AMX gets the same code as before.
include(CheckCCompilerFlag)
check_c_compiler_flag("-mno-amx-int8" SUMMARIZER_CC_HAS_NO_AMX)
if (SUMMARIZER_CC_HAS_NO_AMX)
    string(APPEND CMAKE_C_FLAGS " -mno-amx-tile -mno-amx-int8 -mno-amx-bf16")
    string(APPEND CMAKE_CXX_FLAGS " -mno-amx-tile -mno-amx-int8 -mno-amx-bf16")
endif()
