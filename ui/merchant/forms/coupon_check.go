package forms

import (
	"lifesim/model"
)

// problems are a form's problems by field, each one line as the model
// writes a FieldError: "threshold: ¥3.00 is below the amount ¥5.00". The
// button's slot holds a problem that names no field.
type couponProblems [numCouponFields]string

// any reports whether some field has a problem.
func (p couponProblems) any() bool {
	for _, s := range p {
		if s != "" {
			return true
		}
	}
	return false
}

// first is the first field with a problem, in tab order.
func (p couponProblems) first() (couponField, bool) {
	for i, s := range p {
		if s != "" {
			return couponField(i), true
		}
	}
	return 0, false
}

// couponFieldOf is the field a FieldError names; cButton for a name the
// form has no field for.
func couponFieldOf(name string) couponField {
	for i, n := range couponFieldNames {
		if n != "" && n == name {
			return couponField(i)
		}
	}
	return cButton
}

// put files err under the field it names.
func (p *couponProblems) put(err error) {
	if err == nil {
		return
	}
	if fe, ok := fieldError(err); ok {
		p[couponFieldOf(fe.Field)] = fe.Error()
		return
	}
	p[cButton] = err.Error()
}

// check is the coupon as typed, cleaned, with every field's problem: a
// value that does not parse, else the model's verdict (CouponSpec.Validate
// stops at its first problem, so one shows at a time).
func (f *couponForm) check() (model.CouponSpec, couponProblems) {
	var probs couponProblems
	spec := f.typed(&probs)
	if probs.any() {
		return spec, probs
	}
	spec = cleanCoupon(spec)
	probs.put(checkCoupon(spec, f.d.Scope, f.d.Now()))
	return spec, probs
}

// typed reads the fields into a spec, filing what does not parse.
func (f *couponForm) typed(probs *couponProblems) model.CouponSpec {
	now := f.d.Now()
	spec := model.CouponSpec{Kind: f.kind, Title: f.inputs[cTitle].Value()}
	if p, ok := f.picked(); ok {
		spec.MiniProgramID = p.ID
	} else {
		probs[cProgram] = couponFieldNames[cProgram] + ": the account has no mini program to redeem it in"
	}
	parse := func(fld couponField, fn func(string) error) {
		if err := fn(f.inputs[fld].Value()); err != nil {
			probs[fld] = couponFieldNames[fld] + ": " + err.Error()
		}
	}
	parse(cAmount, func(s string) (err error) { spec.DiscountCents, err = parseYuan(s); return err })
	if f.kind == model.CouponSpendThreshold {
		parse(cThreshold, func(s string) (err error) { spec.ThresholdCents, err = parseYuan(s); return err })
	}
	parse(cFrom, func(s string) error {
		day, err := parseDate(s, now.Location())
		spec.ValidFrom = validFrom(day, now)
		return err
	})
	parse(cUntil, func(s string) error {
		day, err := parseDate(s, now.Location())
		spec.ValidUntil = validUntil(day)
		return err
	})
	return spec
}

// picked is the chosen mini program.
func (f *couponForm) picked() (model.MiniProgram, bool) {
	if f.program < 0 || f.program >= len(f.programs) {
		return model.MiniProgram{}, false
	}
	return f.programs[f.program], true
}

// shown is the problems the form shows now: a field's once it has been
// typed into, all of them once a save was tried, and the store's last
// refusal where the fields have none of their own.
func (f *couponForm) shown() couponProblems {
	_, probs := f.check()
	for i := range probs {
		if !f.touched[i] && !f.tried {
			probs[i] = ""
		}
	}
	if f.refusal != nil {
		var r couponProblems
		r.put(f.refusal)
		for i, s := range r {
			if s != "" && probs[i] == "" {
				probs[i] = s
			}
		}
	}
	return probs
}

// dealPlaceholder is the title a coupon gets when none is typed: its deal
// ("Spend ¥20 get ¥5 off"), once the amounts parse.
func (f *couponForm) dealPlaceholder() string {
	var probs couponProblems
	spec := f.typed(&probs)
	if probs[cAmount] != "" || probs[cThreshold] != "" {
		return "the deal, e.g. " + model.CouponDeal(model.Coupon{Kind: f.kind, DiscountCents: 500, ThresholdCents: 2000})
	}
	return model.CouponDeal(model.Coupon{Kind: spec.Kind, DiscountCents: spec.DiscountCents, ThresholdCents: spec.ThresholdCents})
}
