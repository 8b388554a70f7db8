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
