package ui

import (
	"reflect"

	"lifesim/ui/nav"
	"lifesim/ui/pages/account"
	"lifesim/ui/pages/collected"
	"lifesim/ui/pages/compose"
	"lifesim/ui/pages/coupons"
	"lifesim/ui/pages/group"
	"lifesim/ui/pages/order"
	"lifesim/ui/pages/orders"
	"lifesim/ui/pages/persona"
	"lifesim/ui/pages/post"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/life"
)

// pages builds the page each open message asks for: one line per page.
// (The mini program and the payment result are routed below: they have
// stack rules of their own.)
var pages = map[reflect.Type]func(screen.Env, nav.Msg) screen.Screen{
	msgType[nav.OpenAccountMsg]():       page(account.New),
	msgType[nav.OpenPostMsg]():          page(post.New),
	msgType[nav.OpenGroupMsg]():         page(group.New),
	msgType[nav.OpenComposeMsg]():       page(compose.New),
	msgType[nav.OpenOrderMsg]():         page(order.NewConfirm),
	msgType[nav.OpenCouponsMsg]():       page(func(env screen.Env, _ nav.OpenCouponsMsg) *coupons.CardPack { return coupons.New(env) }),
	msgType[nav.OpenOrdersMsg]():        page(orders.New),
	msgType[nav.OpenCollectedMsg]():     page(collected.New),
	msgType[nav.OpenLifeFeedMsg]():      page(func(env screen.Env, _ nav.OpenLifeFeedMsg) *life.Feed { return life.New(env) }),
	msgType[nav.OpenPersonaPickerMsg](): page(func(env screen.Env, _ nav.OpenPersonaPickerMsg) *persona.Picker { return persona.New(env) }),
}

// page adapts a page constructor New(env, msg) to the pages table.
func page[M nav.Msg, S screen.Screen](build func(screen.Env, M) S) func(screen.Env, nav.Msg) screen.Screen {
	return func(env screen.Env, msg nav.Msg) screen.Screen { return build(env, msg.(M)) }
}

func msgType[M nav.Msg]() reflect.Type { return reflect.TypeFor[M]() }
