package lower

import (
	"slices"
	"strings"
	"testing"
)

// unitOf makes a PackageUnit from chunks of C text, each defining one symbol
// (the first word after "def ") and using the symbols refs lists.
func unitOf(chunks [][2]string, refs map[string][]string) (*PackageUnit, string) {
	u := &PackageUnit{Refs: refs}
	var b strings.Builder
	b.WriteString("/* header */\n")
	for _, c := range chunks {
		start := b.Len()
		b.WriteString(c[1])
		u.Chunks = append(u.Chunks, UnitChunk{Start: start, End: b.Len(), Defs: []string{c[0]}})
	}
	return u, b.String()
}

func TestPruneMethods(t *testing.T) {
	refs := map[string][]string{
		"main":                 {"main__main"},
		"main__main":           {"goc_itab__T__I", icallSym("M")},
		"goc_itab__T__I":       {"goc_type__T", "goc_type__I", "goc_ifn__T__M", "goc_ifn__T__N"},
		"goc_type__T":          {"goc_module__main"},
		"goc_module__main":     {"goc_moduletext__main", "goc_moduleoffs__main"},
		"goc_moduletext__main": {"goc_ifn__T__M", "goc_ifn__T__N", "goc_ifn__U__M"},
		"goc_moduleoffs__main": {"goc_type__T", "goc_type__U", "goc_type__func_M"},
		"goc_ifn__T__M":        {"main__T__M"},
		"goc_ifn__T__N":        {"main__T__N"},
		"goc_ifn__U__M":        {"main__U__M"},
		"main__unused":         {"main__T__N"},
		"goc_type__U":          {"goc_module__main"},
		"goc_type__func_M":     nil,
		"goc_type__I":          nil,
		"main__T__M":           nil,
		"main__T__N":           nil,
		"main__U__M":           nil,
	}
	var chunks [][2]string
	for _, s := range []string{"main", "main__main", "main__unused", "main__T__M", "main__T__N", "main__U__M",
		"goc_ifn__T__M", "goc_ifn__T__N", "goc_ifn__U__M", "goc_type__T", "goc_type__U", "goc_type__I",
		"goc_type__func_M", "goc_module__main"} {
		chunks = append(chunks, [2]string{s, "def " + s + ";\n"})
	}
	chunks = append(chunks,
		[2]string{"goc_itab__T__I", "itab goc_itab__T__I = {(void (*)(void))goc_ifn__T__M, (void (*)(void))goc_ifn__T__N};\n"},
		[2]string{"goc_moduletext__main", "goc_moduletext__main[] = {\n    NULL,\n    (void (*)(void))goc_ifn__T__M,\n    (void (*)(void))goc_ifn__T__N,\n    (void (*)(void))goc_ifn__U__M,\n};\n"},
		[2]string{"goc_moduleoffs__main", "goc_moduleoffs__main[] = {\n    (const void *)(&goc_type__T.d),\n    (const void *)(&goc_type__U.d),\n    (const void *)\"\\001M\",\n};\n"})
	u, src := unitOf(chunks, refs)
	u.TextTable = "goc_moduletext__main"
	u.TextMethods = []TextMethod{
		{Fn: "goc_ifn__T__M", Desc: "goc_type__T", Name: "M", Exported: true, Mtyp: "goc_type__func_M"},
		{Fn: "goc_ifn__T__N", Desc: "goc_type__T", Name: "N", Exported: true},
		{Fn: "goc_ifn__U__M", Desc: "goc_type__U", Name: "M", Exported: true},
	}
	k := PruneUnits([]*PackageUnit{u}, nil)
	for s, want := range map[string]bool{
		"main__T__M": true, "goc_ifn__T__M": true, "goc_type__func_M": true, // M is called through I, T is kept
		"main__T__N": false, "goc_ifn__T__N": false, // N is in I's itab, but never called
		"goc_type__U": false, "main__U__M": false, // U's descriptor is only in the module's TypeOff table
		"main__unused": false,
	} {
		if k.Reached(s) != want {
			t.Errorf("Reached(%s) = %v, want %v", s, !want, want)
		}
	}
	set := k.Needed(u)
	out := k.Source(u, src, set)
	for _, want := range []string{"def main__T__M;", "(void (*)(void))goc_ifn__T__M, (void (*)(void))goc_unreachablemethod}",
		"    (void (*)(void))goc_ifn__T__M,\n    NULL,\n    NULL,\n", "(const void *)(&goc_type__T.d),\n    NULL,\n    (const void *)\"\\001M\","} {
		if !strings.Contains(out, want) {
			t.Errorf("pruned unit lacks %q:\n%s", want, out)
		}
	}
	for _, gone := range []string{"def main__T__N;", "def main__unused;", "def goc_type__U;"} {
		if strings.Contains(out, gone) {
			t.Errorf("pruned unit keeps %q", gone)
		}
	}

	// reflection's MethodByName keeps the exported methods of kept types
	refs["main__main"] = append(refs["main__main"], "reflect__Value__MethodByName")
	refs["reflect__Value__MethodByName"] = nil
	u.Refs = refs
	if k := PruneUnits([]*PackageUnit{u}, nil); !k.Reached("main__T__N") || k.Reached("main__U__M") {
		t.Errorf("with MethodByName: T.N kept %v (want true), U.M kept %v (want false)", k.Reached("main__T__N"), k.Reached("main__U__M"))
	}
	refs["main__main"] = refs["main__main"][:2]

	// what earlier programs compiled is kept with what it refers to, but
	// does not make this program's methods callable
	k = PruneUnits([]*PackageUnit{u}, []string{"main__unused", "reflect__Value__MethodByName", "no_such_symbol"})
	if !k.Reached("main__unused") || !k.Reached("main__T__N") || k.Reached("main__U__M") || k.Reached("no_such_symbol") {
		t.Errorf("with roots: unused %v, T.N %v (want true, true); U.M %v, unknown %v (want false, false)",
			k.Reached("main__unused"), k.Reached("main__T__N"), k.Reached("main__U__M"), k.Reached("no_such_symbol"))
	}
	if set2 := k.Needed(u); !slices.Contains(set2, "main__unused") || len(set2) <= len(set) {
		t.Errorf("Needed with roots = %v, want a superset of %v with main__unused", set2, set)
	}
}
