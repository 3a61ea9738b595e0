// This file lowers calls of the functions gc treats as intrinsics
// (cmd/compile/internal/ssagen's table for amd64: math's square root,
// rounding, sign and bit reinterpretation; math/bits' counts, rotations,
// byte reversal and double-word arithmetic; math/big's mulWW; sync/atomic's
// loads, stores, swaps, compare-and-swaps, adds, ands and ors) to the inline
// C functions of include/goc/intrin.h, which compile to one instruction or a
// few where gc emits the same. A static call is replaced at the call site;
// when the function is used as a value, its C body calls the same C
// function instead of translating the Go body, so every path gives gc's
// result, and GOROOT's body-less assembly declarations among them
// (math.archFloor, ...) need no Go replacement.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// intrinsics maps "importpath.Func" to its C function in goc/intrin.h.
// Functions with two results (marked by pair) return the first and store
// the second through a trailing pointer argument.
var intrinsics = map[string]string{
	"math.Sqrt":            "goc_math_Sqrt",
	"math.sqrt":            "goc_math_Sqrt",
	"math.Abs":             "goc_math_Abs",
	"math.Copysign":        "goc_math_Copysign",
	"math.Floor":           "goc_math_Floor",
	"math.archFloor":       "goc_math_Floor",
	"math.Ceil":            "goc_math_Ceil",
	"math.archCeil":        "goc_math_Ceil",
	"math.Trunc":           "goc_math_Trunc",
	"math.archTrunc":       "goc_math_Trunc",
	"math.Round":           "goc_math_Round",
	"math.RoundToEven":     "goc_math_RoundToEven",
	"math.FMA":             "goc_math_FMA",
	"math.Float64bits":     "goc_math_Float64bits",
	"math.Float64frombits": "goc_math_Float64frombits",
	"math.Float32bits":     "goc_math_Float32bits",
	"math.Float32frombits": "goc_math_Float32frombits",

	"math/bits.LeadingZeros":    "goc_bits_LeadingZeros64",
	"math/bits.LeadingZeros64":  "goc_bits_LeadingZeros64",
	"math/bits.LeadingZeros32":  "goc_bits_LeadingZeros32",
	"math/bits.LeadingZeros16":  "goc_bits_LeadingZeros16",
	"math/bits.LeadingZeros8":   "goc_bits_LeadingZeros8",
	"math/bits.TrailingZeros":   "goc_bits_TrailingZeros64",
	"math/bits.TrailingZeros64": "goc_bits_TrailingZeros64",
	"math/bits.TrailingZeros32": "goc_bits_TrailingZeros32",
	"math/bits.TrailingZeros16": "goc_bits_TrailingZeros16",
	"math/bits.TrailingZeros8":  "goc_bits_TrailingZeros8",
	"math/bits.Len":             "goc_bits_Len64",
	"math/bits.Len64":           "goc_bits_Len64",
	"math/bits.Len32":           "goc_bits_Len32",
	"math/bits.Len16":           "goc_bits_Len16",
	"math/bits.Len8":            "goc_bits_Len8",
	"math/bits.OnesCount":       "goc_bits_OnesCount64",
	"math/bits.OnesCount64":     "goc_bits_OnesCount64",
	"math/bits.OnesCount32":     "goc_bits_OnesCount32",
	"math/bits.OnesCount16":     "goc_bits_OnesCount16",
	"math/bits.OnesCount8":      "goc_bits_OnesCount8",
	"math/bits.RotateLeft":      "goc_bits_RotateLeft64",
	"math/bits.RotateLeft64":    "goc_bits_RotateLeft64",
	"math/bits.RotateLeft32":    "goc_bits_RotateLeft32",
	"math/bits.RotateLeft16":    "goc_bits_RotateLeft16",
	"math/bits.RotateLeft8":     "goc_bits_RotateLeft8",
	"math/bits.ReverseBytes":    "goc_bits_ReverseBytes64",
	"math/bits.ReverseBytes64":  "goc_bits_ReverseBytes64",
	"math/bits.ReverseBytes32":  "goc_bits_ReverseBytes32",
	"math/bits.ReverseBytes16":  "goc_bits_ReverseBytes16",
	"math/bits.Add":             "goc_bits_Add64",
	"math/bits.Add64":           "goc_bits_Add64",
	"math/bits.Sub":             "goc_bits_Sub64",
	"math/bits.Sub64":           "goc_bits_Sub64",
	"math/bits.Mul":             "goc_bits_Mul64",
	"math/bits.Mul64":           "goc_bits_Mul64",
	"math/bits.Div":             "goc_bits_Div64",
	"math/bits.Div64":           "goc_bits_Div64",
	"math/big.mulWW":            "goc_bits_Mul64",
}

// atomicIntrinsics are sync/atomic's functions gc makes intrinsics, as
// inline C (goc/intrin.h goc_atomic_*). Unlike the pure intrinsics above,
// only their calls are replaced: used as values they are the runtime's
// functions under their link names (runtime/atomic_hooks.c), and for the
// escape analysis they stay body-less declarations whose pointers go to the
// heap (gc: "moved to heap" for a local updated atomically).
var atomicIntrinsics = func() map[string]string {
	m := map[string]string{}
	for _, typ := range []string{"Int32", "Uint32", "Int64", "Uint64", "Uintptr", "Pointer"} {
		ops := []string{"Swap", "CompareAndSwap", "Load", "Store"}
		if typ != "Pointer" {
			ops = append(ops, "Add", "And", "Or")
		}
		for _, op := range ops {
			m["sync/atomic."+op+typ] = "goc_atomic_" + op + typ
		}
	}
	return m
}()

// intrinsicFor returns the C function replacing calls of fo, or "".
func (t *Translator) intrinsicFor(fo *types.Func) string {
	if fo.Pkg() == nil || !t.fromSource(fo.Pkg()) {
		return ""
	}
	name := fo.Pkg().Path() + "." + fo.Name()
	if cfn := intrinsics[name]; cfn != "" {
		return cfn
	}
	return atomicIntrinsics[name]
}

// pureIntrinsic reports whether fo is one of the pure intrinsics (math,
// math/bits): they keep none of their arguments, and their C bodies are the
// intrinsic's.
func (t *Translator) pureIntrinsic(fo *types.Func) bool {
	cfn := t.intrinsicFor(fo)
	return cfn != "" && intrinsics[fo.Pkg().Path()+"."+fo.Name()] == cfn
}

// intrinsicCall lowers a static call of an intrinsic: the arguments are
// evaluated as for any call, then passed to the C function.
func (f *fn) intrinsicCall(e *ast.CallExpr, sig *types.Signature, cfn string) *callParts {
	return f.emitCall(e, sig, nil, func(args []string) string {
		if sig.Results().Len() != 2 {
			return fmt.Sprintf("%s(%s)", cfn, strings.Join(args, ", "))
		}
		rt := f.t.resultType(f.instSig(sig))
		return fmt.Sprintf("({ goc_uint64 _r1; goc_uint64 _r0 = %s(%s, &_r1); (%s){_r0, _r1}; })",
			cfn, strings.Join(args, ", "), rt)
	})
}

// intrinsicBody writes the C body of an intrinsic used as a value (or
// otherwise reached as a function): one call of its C function.
func (t *Translator) intrinsicBody(fi *funcInst) bool {
	if !t.pureIntrinsic(fi.obj) || fi.decl == nil {
		return false
	}
	cfn := t.intrinsicFor(fi.obj)
	sig := fi.obj.Type().(*types.Signature)
	var args []string
	for i := 0; i < sig.Params().Len(); i++ {
		args = append(args, fmt.Sprintf("a%d", i))
	}
	body := fmt.Sprintf("return %s(%s);", cfn, strings.Join(args, ", "))
	if sig.Results().Len() == 2 {
		body = fmt.Sprintf("goc_uint64 _r1; goc_uint64 _r0 = %s(%s, &_r1); return (%s){_r0, _r1};",
			cfn, strings.Join(args, ", "), t.resultType(sig))
	}
	t.emitCBody(fi, func(i int, p *types.Var) string { return args[i] }, "intrinsic: "+cfn, []string{body})
	return true
}
