//go:build !goctag

package main

const flavor = "plain"
