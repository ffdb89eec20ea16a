package ui

import (
	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/pages/account"
	"lifesim/ui/pages/miniprogram"
	"lifesim/ui/pages/post"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/home"
	"lifesim/ui/tabs/life"
	"lifesim/ui/tabs/messages"
	"lifesim/ui/tabs/mine"
	"lifesim/ui/tabs/search"
)

// DefaultScreens wires the real tabs and pages.
func DefaultScreens() Screens {
	return Screens{
		Tabs: func(env screen.Env) [nav.NumTabs]screen.Screen {
			return [nav.NumTabs]screen.Screen{
				nav.TabHome:   home.New(env),
				nav.TabLife:   lifeOrMessages(env),
				nav.TabSearch: search.New(env),
				nav.TabMine:   mine.New(env),
			}
		},
		MiniProgram: func(env screen.Env, msg nav.OpenMiniProgramMsg) screen.Screen {
			return miniprogram.New(env, msg)
		},
		Account: func(env screen.Env, msg nav.OpenAccountMsg) screen.Screen {
			return account.New(env, msg)
		},
		Post: func(env screen.Env, msg nav.OpenPostMsg) screen.Screen {
			return post.New(env, msg)
		},
	}
}

// lifeOrMessages is the second tab: Life, or under life_entry=messages a
// Messages tab whose "Life accounts" entry opens the Life feed.
func lifeOrMessages(env screen.Env) screen.Screen {
	if env.Variant(model.ExpLifeEntry) == model.ArmMessages {
		return messages.New(env)
	}
	return life.New(env)
}
