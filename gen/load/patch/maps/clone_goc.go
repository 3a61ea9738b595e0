//go:build goc

// goc supplies the body of maps.go's clone, which gc links to the runtime
// (go:linkname maps.clone): a new map of the same type with every entry of m.
package maps

// clone returns a copy of the map in m (not nil).
//
//goc:cbody const goc_maptype *t = (const goc_maptype *)m.type;
//goc:cbody goc_hmap *h = (goc_hmap *)m.data;
//goc:cbody goc_hmap *r = goc_makemap(t, goc_maplen(h), NULL);
//goc:cbody goc_hiter it;
//goc:cbody for (goc_mapiterinit(t, h, &it); it.key != NULL; goc_mapiternext(&it)) memmove(goc_mapassign(t, r, it.key), it.elem, t->Elem->Size_);
//goc:cbody return (goc_eface){m.type, r};
func clone(m any) any
