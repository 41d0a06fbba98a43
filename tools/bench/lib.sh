# Helpers sourced by the benchmark scripts in this folder.
# median: the median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# wall CMD...: runs CMD with its stdout discarded and prints its wall time in seconds.
wall() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'; }
# build: the Release CLI; prints the path of the executable.
build() { dotnet build src/LangExpand.Cli -c Release -v quiet -nologo >/dev/null && echo src/LangExpand.Cli/bin/Release/net10.0/langexpand; }
