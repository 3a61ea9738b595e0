package main_test

var _ = pick("a _test file")
