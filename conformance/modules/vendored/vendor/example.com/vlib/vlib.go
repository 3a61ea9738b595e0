// Package vlib exists only in the vendor directory of the main module.
package vlib

import "example.com/vlib/sub"

func Version() string { return "vlib " + sub.Minor() }
