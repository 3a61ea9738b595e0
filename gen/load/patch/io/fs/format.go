//go:build goc

// goc replaces format.go: its FormatFileInfo prints a modification time
// with time.Time.Format, which goc's time package does not have yet, so only
// FormatDirEntry is here; the rest of io/fs translates from GOROOT (os uses
// its PathError, FileMode and errors).
package fs

// FormatDirEntry returns a readable form of dir: its type letters (the
// mode's text without the nine permission characters), a space, its name,
// and a '/' for a directory.
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}
