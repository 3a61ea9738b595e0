// Whole program: fannkuch-redux, pancake flips over every permutation.
//
// For each permutation of 1..n (generated in the order of a counting
// sequence, with alternating signs), repeatedly reverse the prefix whose
// length is the first element until it is 1; print the signed sum of the
// flip counts and the largest count.  Small arrays of int, indexed loops,
// no allocation in the loop.  Usage: run <scale> (scale 1000: n = 11).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)
	cur := make([]int, n)
	count := make([]int, n)
	for i := range cur {
		cur[i] = i
	}
	sign := 1
	for {
		// Count the flips of this permutation.
		if first := cur[0]; first != 0 {
			copy(perm, cur)
			flips := 0
			for k := perm[0]; k != 0; k = perm[0] {
				for i, j := 0, k; i < j; i, j = i+1, j-1 {
					perm[i], perm[j] = perm[j], perm[i]
				}
				flips++
			}
			checksum += sign * flips
			if flips > maxFlips {
				maxFlips = flips
			}
		}
		// Next permutation: rotate prefixes as a mixed-radix counter.
		sign = -sign
		i := 1
		for ; i < n; i++ {
			first := cur[0]
			copy(cur[:i], cur[1:i+1])
			cur[i] = first
			if count[i] < i {
				count[i]++
				break
			}
			count[i] = 0
		}
		if i == n {
			return
		}
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 11
	if scale < 1000 {
		n = 7
	}
	sum, flips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", sum, n, flips)
}
