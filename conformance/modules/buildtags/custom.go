//go:build customtag

package main

var _ = pick("custom tag")
