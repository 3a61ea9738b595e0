package lower

import (
	"encoding/json"
	"fmt"
	"go/types"

	"goc/load"
)

// The escape tags of a program's standard packages (stdTags) depend on the
// standard packages' source only, so a build may keep them between runs:
// StdEscapes encodes them, by the functions' full names, once a translation
// computed them; UseStdEscapes gives them to a program whose standard
// packages are the same, which then needs no type information of their
// function bodies (load.Package.BodiesUnchecked).

// escTagJSON is an escTag as the cache keeps it.
type escTagJSON struct {
	Heap    []int   `json:"h"`
	Results [][]int `json:"r,omitempty"`
}

const stdEscapesKey = "lower.stdEscapes"

// StdEscapes returns the escape tags of prog's standard packages' functions,
// encoded, if a translation of prog computed them.
func StdEscapes(prog *load.Program) ([]byte, bool) {
	v, ok := prog.Memo.Load(stdEscapesKey)
	if !ok {
		return nil, false
	}
	se := v.(*stdEscapes)
	if se.tags == nil {
		return nil, false
	}
	std := map[*types.Package]bool{}
	for _, p := range prog.Pkgs {
		if p.Std {
			std[p.Types] = true
		}
	}
	out := map[string]escTagJSON{}
	for f, tg := range se.tags {
		if f.Pkg() == nil || !std[f.Pkg()] || f.Name() == "init" || f.Name() == "_" {
			continue
		}
		out[f.FullName()] = escTagJSON{tg.heap, tg.results}
	}
	data, err := json.Marshal(out)
	return data, err == nil
}

// UseStdEscapes makes data (from StdEscapes of a program with the same
// standard packages) the escape tags of prog's standard packages.
func UseStdEscapes(prog *load.Program, data []byte) error {
	var in map[string]escTagJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	funcs := map[string]*types.Func{}
	for _, p := range prog.Pkgs {
		if !p.Std {
			continue
		}
		sc := p.Types.Scope()
		for _, n := range sc.Names() {
			switch o := sc.Lookup(n).(type) {
			case *types.Func:
				funcs[o.FullName()] = o
			case *types.TypeName:
				if nt, ok := o.Type().(*types.Named); ok {
					for i := 0; i < nt.NumMethods(); i++ {
						m := nt.Method(i)
						funcs[m.FullName()] = m
					}
				}
			}
		}
	}
	tags := map[*types.Func]*escTag{}
	for name, tg := range in {
		f := funcs[name]
		if f == nil {
			return fmt.Errorf("escape tags: no function %s in the program", name)
		}
		tags[f] = &escTag{heap: tg.Heap, results: tg.Results}
	}
	se := &stdEscapes{tags: tags}
	se.once.Do(func() {})
	prog.Memo.Store(stdEscapesKey, se)
	return nil
}
