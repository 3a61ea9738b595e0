// Package text belongs to the module example.com/wslib, a module of the
// workspace (go.work): the main module imports it without requiring it.
package text

import "strings"

func Shout(s string) string { return strings.ToUpper(s) + "!" }
