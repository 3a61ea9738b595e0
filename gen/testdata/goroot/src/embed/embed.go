// Package embed has the layout of GOROOT's embed.FS (the translator fills
// the files of //go:embed variables), without io/fs, for goc's tests.
package embed

type FS struct {
	files *[]file
}

type file struct {
	name string
	data string
	hash [16]byte
}

// Names lists the files and directories in the order the compiler sorted them.
func (f FS) Names() []string {
	if f.files == nil {
		return nil
	}
	var names []string
	for _, x := range *f.files {
		names = append(names, x.name)
	}
	return names
}

// ReadFile returns a file's content; ok is false for directories and missing names.
func (f FS) ReadFile(name string) (data []byte, ok bool) {
	if f.files == nil {
		return nil, false
	}
	for _, x := range *f.files {
		if x.name == name {
			return []byte(x.data), true
		}
	}
	return nil, false
}

// Hash returns the hash recorded for a file.
func (f FS) Hash(name string) [16]byte {
	for _, x := range *f.files {
		if x.name == name {
			return x.hash
		}
	}
	return [16]byte{}
}
