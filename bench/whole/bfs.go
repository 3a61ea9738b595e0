// Whole program: breadth-first search over a graph held in map[int][]int.
//
// A deterministic generator builds a graph of 200,000 nodes with sparse
// random edges (about 4 per node) as adjacency lists in a map[int][]int
// grown by append; breadth-first searches from several sources record
// distances in a map[int]int.  Usage: run <scale>.
//
// bench: run
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func bfs(g map[int][]int, src int) (int, int) {
	dist := map[int]int{src: 0}
	queue := []int{src}
	far := 0
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		du := dist[u]
		for _, v := range g[u] {
			if _, seen := dist[v]; !seen {
				dist[v] = du + 1
				if du+1 > far {
					far = du + 1
				}
				queue = append(queue, v)
			}
		}
	}
	return len(dist), far
}

func main() {
	scale := atoi(os.Args[2])
	nodes := 200000 * scale / 1000
	if nodes < 100 {
		nodes = 100
	}
	searches := 6
	if scale < 1000 {
		searches = 2
	}
	g := make(map[int][]int)
	for u := 0; u < nodes; u++ {
		// Keys are spread out so the map's hash is exercised, not a dense index.
		ku := u * 7919
		for e := 0; e < 2; e++ {
			kv := int(next()%uint64(nodes)) * 7919
			g[ku] = append(g[ku], kv)
			g[kv] = append(g[kv], ku)
		}
	}
	var sum uint64
	for s := 0; s < searches; s++ {
		src := int(next()%uint64(nodes)) * 7919
		reached, far := bfs(g, src)
		sum = sum*1000003 + uint64(reached)*64 + uint64(far)
	}
	fmt.Println("nodes", nodes, "edges", len(g), "sum", sum)
}
