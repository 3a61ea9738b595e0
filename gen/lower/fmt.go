// This file lowers calls into the supported standard-library subset: fmt
// (goc_fmt_*, with the ...any arguments packed into a []any of goc_eface),
// errors.New and os.Exit. The declarations live in gen/load/std.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func (f *fn) stdCall(e *ast.CallExpr, pkg, name string) *callParts {
	sig := f.typeOf(e.Fun).Underlying().(*types.Signature)
	discard := f.discard
	f.discard = false
	mk := f.stdMk(pkg, name, sig)
	if discard && sig.Results().Len() == 2 {
		mk0 := mk
		mk = func(a []string) string {
			c := mk0(a)
			return c[strings.Index(c, "{")+1 : len(c)-len(", {0}}")]
		}
	}
	if pkg == "fmt" && !f.inDefer {
		f.stackArgs = true // fmt does not keep its []any: build it on the stack
		defer func() { f.stackArgs = false }()
	}
	if mk == nil {
		f.t.unsupported(e.Pos(), "%s.%s", pkg, name)
		return &callParts{mk: func([]string) string { return "0" }}
	}
	return f.emitCall(e, sig, nil, mk)
}

// stdMk returns the builder of a call to a supported standard-library function (nil if unsupported).
func (f *fn) stdMk(pkg, name string, sig *types.Signature) func(a []string) string {
	rt := f.t.resultType(sig)
	withN := func(call string) string {
		// (n int, err error): err is always nil for the descriptors we write to
		return fmt.Sprintf("(%s){%s, {0}}", rt, call)
	}
	var mk func(a []string) string
	switch pkg + "." + name {
	case "fmt.Print", "fmt.Println":
		mk = func(a []string) string { return withN(fmt.Sprintf("goc_fmt_%s(%s)", name, a[0])) }
	case "fmt.Printf":
		mk = func(a []string) string { return withN(fmt.Sprintf("goc_fmt_Printf(%s, %s)", a[0], a[1])) }
	case "fmt.Sprint", "fmt.Sprintln":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_%s(%s)", name, a[0]) }
	case "fmt.Sprintf":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_Sprintf(%s, %s)", a[0], a[1]) }
	case "fmt.Errorf":
		mk = func(a []string) string { return fmt.Sprintf("goc_fmt_Errorf(%s, %s)", a[0], a[1]) }
	case "fmt.Fprint", "fmt.Fprintln":
		mk = func(a []string) string {
			return withN(fmt.Sprintf("goc_fmt_%s((int)(goc_uintptr)%s, %s)", name, paren1(a[0]), a[1]))
		}
	case "fmt.Fprintf":
		mk = func(a []string) string {
			return withN(fmt.Sprintf("goc_fmt_Fprintf((int)(goc_uintptr)%s, %s, %s)", paren1(a[0]), a[1], a[2]))
		}
	case "errors.Is":
		f.t.useErrorsHelpers()
		mk = func(a []string) string { return fmt.Sprintf("goc__errors_Is(%s, %s)", a[0], a[1]) }
	case "errors.As":
		f.t.useErrorsHelpers()
		mk = func(a []string) string { return fmt.Sprintf("goc__errors_As(%s, %s)", a[0], a[1]) }
	case "errors.Unwrap":
		f.t.useErrorsHelpers()
		mk = func(a []string) string { return fmt.Sprintf("goc__errors_Unwrap(%s)", a[0]) }
	case "errors.New":
		mk = func(a []string) string { return fmt.Sprintf("goc_errors_New(%s)", a[0]) }
	case "os.Exit":
		mk = func(a []string) string { return fmt.Sprintf("goc_exit((int)%s)", a[0]) }
	default:
		return f.libMk(pkg, name, sig) // sync, sync/atomic, time, runtime: stdlib.go
	}
	return mk
}
