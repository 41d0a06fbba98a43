# Shared helpers of the tools/bench scripts (sourced, not run): Release build of the CLI, wall time of one command,
# median of numbers on stdin.
exe=src/LangExpand.Cli/bin/Release/net10.0/langexpand
build_cli() { dotnet build src/LangExpand.Cli -c Release -v quiet -nologo >/dev/null; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
wall() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'; }
