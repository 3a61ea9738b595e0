// Keys larger than 128 bytes (stored indirectly by the runtime) behave like any other
// key: insert, overwrite, lookup, delete and growth keep their contents intact.
package main

import "fmt"

type bigKey [200]byte

func mk(i int) bigKey {
	var k bigKey
	k[0] = byte(i)
	k[100] = byte(i >> 8)
	k[199] = byte(i * 7)
	return k
}

func main() {
	m := map[bigKey]int{}
	for i := 0; i < 1000; i++ {
		m[mk(i)] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < 1000; i++ {
		if v, ok := m[mk(i)]; !ok || v != i {
			bad++
		}
	}
	fmt.Println("bad lookups:", bad)
	for i := 0; i < 1000; i += 2 {
		delete(m, mk(i))
	}
	for i := 1; i < 1000; i += 2 {
		m[mk(i)] *= 2
	}
	sum := 0
	for k, v := range m {
		i := int(k[0]) | int(k[100])<<8
		if v != 2*i || k != mk(i) {
			bad++
		}
		sum += v
	}
	fmt.Println(len(m), sum, bad)
	var zk bigKey
	_, ok := m[zk]
	fmt.Println(ok)
	m[zk] = -1
	fmt.Println(m[bigKey{}], len(m))
	type bigStruct struct {
		name string
		pad  [20]int64
		tail string
	}
	sm := map[bigStruct]string{}
	for i := 0; i < 100; i++ {
		k := bigStruct{name: fmt.Sprint("n", i), tail: fmt.Sprint("t", i)}
		k.pad[19] = int64(i)
		sm[k] = k.name + k.tail
	}
	k := bigStruct{name: "n42", tail: "t42"}
	k.pad[19] = 42
	fmt.Println(len(sm), sm[k])
	k.pad[19] = 41
	fmt.Printf("%q\n", sm[k])
}
