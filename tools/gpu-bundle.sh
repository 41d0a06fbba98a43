#!/usr/bin/env bash
# Packs the Release CLI for a CUDA machine that has PyTorch but neither .NET nor the TorchSharp CUDA packages: the .NET
# runtime (host + Microsoft.NETCore.App), the CLI's managed assemblies and TorchSharp's native shim (libLibTorchSharp.so,
# with the build's GLIBCXX fix) — but no libtorch: on the GPU machine, PyTorch's own libtorch (torch/lib, CUDA included)
# is used through LD_LIBRARY_PATH. Measured with PyTorch 2.11 (cu130) on an H100 (docs/BENCHMARKS.md, issue 5).
# Usage: tools/gpu-bundle.sh OUT.tar.xz
# On the GPU machine:
#   mkdir -p /tmp/le && tar -xJf OUT.tar.xz -C /tmp/le
#   export DOTNET_ROOT=/tmp/le/bundle/dotnet
#   export LD_LIBRARY_PATH=$(python3 -c "import torch, os; print(os.path.dirname(torch.__file__))")/lib:/tmp/le/bundle/app/runtimes/linux-x64/native
#   $DOTNET_ROOT/dotnet /tmp/le/bundle/app/langexpand.dll inflect train ... --device cuda
set -euo pipefail
out=$(realpath -m "$1")
cd "$(dirname "$0")/.."
source tools/bench/timing.sh
build_cli
root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" {v=$2} END {print v}')
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
bin=src/LangExpand.Cli/bin/Release/net10.0
mkdir -p "$stage/bundle/app/runtimes/linux-x64/native" "$stage/bundle/dotnet/shared/Microsoft.NETCore.App"
cp "$bin"/*.dll "$bin"/*.json "$bin/langexpand" "$stage/bundle/app/"
cp "$bin/runtimes/linux-x64/native/libLibTorchSharp.so" "$stage/bundle/app/runtimes/linux-x64/native/"
cp -r "$root/dotnet" "$root/host" "$stage/bundle/dotnet/"
cp -r "$root/shared/Microsoft.NETCore.App/$runtime" "$stage/bundle/dotnet/shared/Microsoft.NETCore.App/"
tar -cJf "$out.tmp" -C "$stage" bundle
mv "$out.tmp" "$out"
echo "$out: $(du -h "$out" | cut -f1) (.NET $runtime, $(git rev-parse --short HEAD))"
