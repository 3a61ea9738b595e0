// Package ids hands out identifiers: the leaf the build-time benchmark edits.
package ids

import "strconv"

type ID uint32

var next ID

// New returns a fresh identifier.
func New() ID {
	next++
	return next
}

// String formats an identifier as "#n".
func (id ID) String() string { return "#" + strconv.Itoa(int(id)) }

// Parse reads "#n".
func Parse(s string) (ID, bool) {
	if len(s) < 2 || s[0] != '#' {
		return 0, false
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 0 {
		return 0, false
	}
	return ID(n), true
}
