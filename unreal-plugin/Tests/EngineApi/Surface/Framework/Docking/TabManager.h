// Framework/Docking/TabManager.h: declared in UE/Slate.h (see there).
// module: Slate
#pragma once
#include "UE/Slate.h"
