// Package impl implements body-less functions of package user, as sync
// implements syscall.hasWaitingReaders: double by pushing itself to user's
// name, triple by being pulled by user's directive.
package impl

import _ "unsafe" // for go:linkname

//go:linkname double goctest/user.double
func double(x int) int { return 2 * x }

func triple(x int) int { return 3 * x }
