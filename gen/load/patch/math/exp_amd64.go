//go:build goc

// goc replaces the GOROOT file of this name: useFMA chooses between the two
// paths of exp_amd64.s (see exp_asm.go). gc reads it from internal/cpu; goc
// asks the CPU (cpuHasAVXFMA, in C).
package math

var useFMA = cpuHasAVXFMA()

// cpuHasAVXFMA reports whether the CPU has AVX and FMA (internal/cpu's
// X86.HasAVX && X86.HasFMA).
//
//goc:cbody return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
func cpuHasAVXFMA() bool
