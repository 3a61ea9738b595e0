// reflect: the Set* family, MakeSlice/MakeMap/MakeChan/New/Append/Copy, MapRange and SetMapIndex
// on real maps, Zero, Indirect, Convert, DeepEqual, Select, StructOf and FuncOf.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64

type Rec struct {
	N  int
	S  string
	F  float32
	B  bool
	U  uint16
	C  complex128
	Bs []byte
	M  map[string][]int
	P  *Rec
	I  interface{}
	A  [2]string
	u  int
}

func main() {
	var r Rec
	v := reflect.ValueOf(&r).Elem()
	v.Field(0).SetInt(-12)
	v.FieldByName("S").SetString("str")
	v.FieldByName("F").SetFloat(1.25)
	v.FieldByName("B").SetBool(true)
	v.FieldByName("U").SetUint(65535)
	v.FieldByName("C").SetComplex(complex(3, 4))
	v.FieldByName("Bs").SetBytes([]byte("xyz"))
	v.FieldByName("M").Set(reflect.MakeMap(v.FieldByName("M").Type()))
	v.FieldByName("M").SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1, 2}))
	v.FieldByName("P").Set(reflect.New(v.Type()))
	v.FieldByName("P").Elem().FieldByName("N").SetInt(99)
	v.FieldByName("I").Set(reflect.ValueOf(Celsius(36.6)))
	v.FieldByName("A").Index(1).SetString("second")
	fmt.Println(r.N, r.S, r.F, r.B, r.U, r.C, string(r.Bs), r.M, r.P.N, r.I, r.A)
	fmt.Println(v.FieldByName("u").CanSet(), v.FieldByName("N").CanSet(), reflect.ValueOf(r).Field(0).CanSet(), v.CanAddr())
	// (the panics of Set* name the method through runtime.Callers, which goc's runtime lacks yet)

	// slices: MakeSlice, Append, AppendSlice, Copy, Slice, Slice3, SetLen, SetCap
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 4)
	s.Index(0).SetInt(10)
	s = reflect.Append(s, reflect.ValueOf(30), reflect.ValueOf(40), reflect.ValueOf(50))
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{60, 70}))
	fmt.Println(s.Len(), s.Interface(), s.Slice(1, 3).Interface(), s.Slice3(0, 2, 3).Cap())
	dst := reflect.MakeSlice(s.Type(), 3, 3)
	fmt.Println(reflect.Copy(dst, s), dst.Interface())
	bs := reflect.ValueOf(&[]byte{1, 2, 3, 4}).Elem()
	bs.SetLen(2)
	fmt.Println(bs.Interface(), bs.Cap())
	arr := [4]int{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	fmt.Println(av.Slice(1, 3).Interface(), reflect.Copy(av, reflect.ValueOf([]int{9, 8})), arr)
	sv := reflect.ValueOf("hello")
	fmt.Println(sv.Slice(1, 4).Interface(), sv.Index(1).Uint(), sv.Len())

	// maps: MakeMapWithSize, SetMapIndex, delete, MapRange, MapKeys, iteration over goc's maps
	m := reflect.MakeMapWithSize(reflect.TypeOf(map[int]string{}), 10)
	for i := 0; i < 100; i++ {
		m.SetMapIndex(reflect.ValueOf(i), reflect.ValueOf(fmt.Sprint("v", i)))
	}
	for i := 0; i < 100; i += 3 {
		m.SetMapIndex(reflect.ValueOf(i), reflect.Value{})
	}
	sum := 0
	it := m.MapRange()
	for it.Next() {
		sum += int(it.Key().Int())
		if it.Value().String() != fmt.Sprint("v", it.Key().Int()) {
			fmt.Println("bad", it.Key().Int())
		}
	}
	fmt.Println(m.Len(), sum, m.MapIndex(reflect.ValueOf(4)).Interface(), m.MapIndex(reflect.ValueOf(3)).IsValid())
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].Int() < keys[j].Int() })
	fmt.Println(len(keys), keys[0].Int(), keys[len(keys)-1].Int())
	mm := map[string]int{"a": 1}
	reflect.ValueOf(mm).SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
	fmt.Println(mm)
	type key struct {
		A int
		B string
	}
	km := reflect.MakeMap(reflect.TypeOf(map[key]float64{}))
	km.SetMapIndex(reflect.ValueOf(key{1, "x"}), reflect.ValueOf(1.5))
	fmt.Println(km.MapIndex(reflect.ValueOf(key{1, "x"})).Float(), km.Interface())
	var ik = reflect.MakeMap(reflect.TypeOf(map[interface{}]int{}))
	ik.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1))
	ik.SetMapIndex(reflect.ValueOf("1"), reflect.ValueOf(2))
	fmt.Println(ik.Len(), ik.MapIndex(reflect.ValueOf("1")).Int())
	v.FieldByName("M").Clear()
	fmt.Println(len(r.M))

	// New, Zero, Indirect, Convert
	np := reflect.New(reflect.TypeOf(Rec{}))
	fmt.Println(np.Type(), reflect.Indirect(np).Type(), reflect.Indirect(reflect.ValueOf(3)).Int())
	fmt.Println(reflect.Zero(reflect.TypeOf(Rec{})).Interface().(Rec).S == "", reflect.Zero(reflect.TypeOf(0)).Int(), reflect.Zero(reflect.TypeOf((*int)(nil))).IsNil())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(),
		reflect.ValueOf(Celsius(1.5)).Convert(reflect.TypeOf(float64(0))).Interface(), reflect.ValueOf("hé").Convert(reflect.TypeOf([]rune{})).Interface(),
		reflect.ValueOf([]byte("ab")).Convert(reflect.TypeOf("")).Interface(), reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))).Uint())
	var e error = fmt.Errorf("x")
	fmt.Println(reflect.ValueOf(e).Convert(reflect.TypeOf((*interface{})(nil)).Elem()).Elem().Type())
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf((*[3]int)(nil))).Elem().Index(2).Int())
	fmt.Println(reflect.ValueOf([]int{1, 2}).CanConvert(reflect.TypeOf([3]int{})))

	// comparisons and DeepEqual
	a1 := map[string][]int{"a": {1, 2}, "b": nil}
	a2 := map[string][]int{"a": {1, 2}, "b": nil}
	fmt.Println(reflect.DeepEqual(a1, a2), reflect.DeepEqual(r, r), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(1, int64(1)))
	type cyc struct{ Next *cyc }
	c1 := &cyc{}
	c1.Next = c1
	c2 := &cyc{}
	c2.Next = c2
	fmt.Println(reflect.DeepEqual(c1, c2), reflect.ValueOf(3).Equal(reflect.ValueOf(3)), reflect.ValueOf("a").Comparable())
	fmt.Println(reflect.ValueOf(&r).Pointer() != 0, reflect.ValueOf(r).IsZero(), reflect.ValueOf(Rec{}).IsZero())

	// channels and Select
	ch := reflect.MakeChan(reflect.TypeOf(make(chan int)), 3)
	ch.Send(reflect.ValueOf(1))
	fmt.Println(ch.TrySend(reflect.ValueOf(2)), ch.Len(), ch.Cap())
	x, ok := ch.Recv()
	fmt.Println(x.Int(), ok)
	y, ok := ch.TryRecv()
	fmt.Println(y.Int(), ok)
	z, ok := ch.TryRecv()
	fmt.Println(z.IsValid(), ok)
	sch := make(chan string, 1)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: ch},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(sch), Send: reflect.ValueOf("sent")},
	}
	chosen, recv, rok := reflect.Select(cases)
	fmt.Println(chosen, recv.IsValid(), rok, <-sch)
	ch.Send(reflect.ValueOf(5))
	chosen, recv, rok = reflect.Select(cases[:1])
	fmt.Println(chosen, recv.Int(), rok)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: ch}, {Dir: reflect.SelectDefault}})
	fmt.Println(chosen)
	ch.Close()
	chosen, recv, rok = reflect.Select(cases[:1])
	fmt.Println(chosen, recv.Int(), rok)
	done := make(chan int)
	go func() { done <- 42 }()
	chosen, recv, rok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(done)}})
	fmt.Println(chosen, recv.Int(), rok)

	// types made at run time
	st := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeOf(0), Tag: `k:"v"`}, {Name: "B", Type: reflect.TypeOf("")}})
	sv2 := reflect.New(st).Elem()
	sv2.Field(0).SetInt(5)
	sv2.Field(1).SetString("five")
	fmt.Println(st, st.Field(0).Tag.Get("k"), sv2.Field(0).Int(), sv2.Field(1).String())
	fnT := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false)
	fmt.Println(fnT, fnT == reflect.TypeOf(func(int) string { return "" }))
	vm := reflect.MakeMap(reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf([]int{})))
	vm.SetMapIndex(reflect.ValueOf("q"), reflect.ValueOf([]int{1}))
	fmt.Println(vm.Interface())
}
