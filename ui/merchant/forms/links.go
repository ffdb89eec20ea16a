package forms

import (
	"errors"

	"lifesim/model"
	"lifesim/store"
)

// linkChoice is one thing a merchant's post may link, as the picker
// lists it: "Service · Fresh milk week — New Hope Member Service".
type linkChoice struct {
	comp model.Component
	text string
}

// linkChoices is every service of the scope's mini programs, then its
// coupons, then its groups, each with the label a post's chip shows. A
// coupon or group the catalog no longer has is left out.
func linkChoices(st Store, scope model.MerchantScope) ([]linkChoice, error) {
	programs, err := st.MiniPrograms(scope.MiniPrograms)
	if err != nil {
		return nil, err
	}
	var out []linkChoice
	for _, p := range programs {
		for _, s := range p.Services {
			out = append(out, serviceChoice(p, s))
		}
	}
	for _, id := range scope.Coupons {
		c, err := st.Coupon(id)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		out = append(out, couponChoice(c, programs))
	}
	for _, id := range scope.Groups {
		g, err := st.Group(id)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		out = append(out, groupChoice(g))
	}
	return out, nil
}

// serviceChoice links service s of mini program p.
func serviceChoice(p model.MiniProgram, s model.Service) linkChoice {
	name := model.CleanLine(s.Name)
	return linkChoice{
		comp: model.Component{Kind: model.ComponentService, Label: "Order " + name, MiniProgramID: p.ID, ServiceID: s.ID},
		text: "Service · " + name + " — " + model.CleanLine(p.Name),
	}
}

// couponChoice links coupon c; the mini program it is redeemed in is
// named only when the account has several.
func couponChoice(c model.Coupon, programs []model.MiniProgram) linkChoice {
	text := "Coupon · " + couponName(c)
	for _, p := range programs {
		if p.ID == c.MiniProgramID && len(programs) > 1 {
			text += " — " + model.CleanLine(p.Name)
		}
	}
	return linkChoice{
		comp: model.Component{Kind: model.ComponentCoupon, Label: "Claim " + model.FormatYuanShort(c.DiscountCents) + " off", CouponID: c.ID},
		text: text,
	}
}

// groupChoice links group g.
func groupChoice(g model.Group) linkChoice {
	name := model.CleanLine(g.Name)
	return linkChoice{
		comp: model.Component{Kind: model.ComponentGroup, Label: "Join " + name, GroupID: g.ID},
		text: "Group · " + name,
	}
}

// sameLink reports whether two components link the same thing.
func sameLink(a, b model.Component) bool {
	return a.Kind == b.Kind && a.MiniProgramID == b.MiniProgramID && a.ServiceID == b.ServiceID &&
		a.CouponID == b.CouponID && a.GroupID == b.GroupID
}
