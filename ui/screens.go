package ui

import (
	"lifesim/ui/common"
	"lifesim/ui/home"
	"lifesim/ui/life"
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
				common.TabLife:   life.New(env),
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
