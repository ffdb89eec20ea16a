package ui

import (
	"lifesim/model"
	"lifesim/ui/common"
	"lifesim/ui/home"
	"lifesim/ui/life"
	"lifesim/ui/messages"
	"lifesim/ui/mine"
	"lifesim/ui/pages/account"
	"lifesim/ui/pages/miniprogram"
	"lifesim/ui/pages/post"
	"lifesim/ui/search"
)

// DefaultScreens wires the real tabs and pages.
func DefaultScreens() Screens {
	return Screens{
		Tabs: func(env common.Env) [common.NumTabs]common.Screen {
			return [common.NumTabs]common.Screen{
				common.TabHome:   home.New(env),
				common.TabLife:   lifeOrMessages(env),
				common.TabSearch: search.New(env),
				common.TabMine:   mine.New(env),
			}
		},
		MiniProgram: func(env common.Env, msg common.OpenMiniProgramMsg) common.Screen {
			return miniprogram.New(env, msg)
		},
		Account: func(env common.Env, msg common.OpenAccountMsg) common.Screen {
			return account.New(env, msg)
		},
		Post: func(env common.Env, msg common.OpenPostMsg) common.Screen {
			return post.New(env, msg)
		},
	}
}

// lifeOrMessages is the second tab: Life, or under life_entry=messages a
// Messages tab whose "Life accounts" entry opens the Life feed.
func lifeOrMessages(env common.Env) common.Screen {
	if env.Variant(model.ExpLifeEntry) == model.ArmMessages {
		return messages.New(env)
	}
	return life.New(env)
}
