package lower

import (
	"go/constant"
	"go/types"
)

func constantInt64(v constant.Value) (int64, bool) {
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// sizeof is the gc size of a type (untyped constants' types count as their default type).
func (f *fn) sizeof(t types.Type) int64 {
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
		if b2, ok := t.(*types.Basic); ok && b2.Kind() == types.UntypedNil {
			return 8
		}
	}
	return f.t.descs.sizes.Sizeof(t)
}
