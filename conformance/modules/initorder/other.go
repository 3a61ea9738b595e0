package main

import "example.com/initorder/alpha"

func alphaValue() int { return alpha.A }
