package load

import (
	"os"
	"path/filepath"
	"sort"
)

// Inputs lists every file and directory whose content decided the load:
// the files of each package (the ones the go command selected, and the ones
// it ignored, whose build constraints it read), the package directories
// (whose listing of source files and subdirectories decides which files
// there are), the embedded files and their directories (EmbedDirs: every
// name there may matter), and the module files: go.mod, go.sum, go.work,
// go.work.sum and vendor/modules.txt where they are or may appear (every
// directory from dir up to the root for go.work; up to the module root for
// go.mod). A build whose inputs are unchanged (and whose environment, goc and
// arguments are the same) loads the same program: goc's build record
// (cmd/goc/record.go) skips the go command and type-checking then. Paths
// are absolute; the list is sorted and has no duplicates. Paths that do not
// exist are listed too: one appearing changes the load.
func (prog *Program) inputs(ld *loader) []string {
	set := map[string]bool{}
	add := func(p string) {
		if p != "" {
			set[filepath.Clean(p)] = true
		}
	}
	modRoots := map[string]bool{}
	embedDirs := map[string]bool{}
	for _, p := range ld.pkgs {
		m := state(p).meta
		if m == nil {
			continue
		}
		for _, list := range [][]string{m.GoFiles, m.IgnoredFiles, m.OtherFiles} {
			for _, f := range list {
				add(f)
				add(filepath.Dir(f))
			}
		}
		if m.Module != nil {
			gomod := m.Module.GoMod
			if m.Module.Replace != nil && m.Module.Replace.GoMod != "" {
				gomod = m.Module.Replace.GoMod
			}
			if gomod != "" {
				add(gomod)
				if m.Module.Main || m.Module.Replace != nil && m.Module.Replace.Version == "" {
					modRoots[filepath.Dir(gomod)] = true
				}
			}
		}
		for _, e := range p.Embeds {
			for _, f := range e.Files {
				path := filepath.Join(p.Dir, filepath.FromSlash(f.Name))
				add(path)
				embedDirs[filepath.Dir(path)] = true
			}
		}
	}
	for root := range modRoots {
		add(root) // a vendor directory appearing
		add(filepath.Join(root, "go.sum"))
		add(filepath.Join(root, "vendor", "modules.txt"))
	}
	// where go.work and go.mod files are looked for
	dir := ld.l.dir
	modFound := false
	for {
		add(filepath.Join(dir, "go.work"))
		add(filepath.Join(dir, "go.work.sum"))
		if !modFound {
			add(filepath.Join(dir, "go.mod"))
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				modFound = true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if w := os.Getenv("GOWORK"); w != "" && w != "off" {
		add(w)
		add(filepath.Join(filepath.Dir(w), "go.work.sum"))
	}
	add(filepath.Join(ld.l.goroot, "VERSION"))
	prog.EmbedDirs = nil
	for d := range embedDirs {
		add(d)
		prog.EmbedDirs = append(prog.EmbedDirs, d)
	}
	sort.Strings(prog.EmbedDirs)
	list := make([]string, 0, len(set))
	for p := range set {
		list = append(list, p)
	}
	sort.Strings(list)
	return list
}
