// Interfaces/IPluginManager.h: declared in UE/Engine.h (see there).
// module: Projects
#pragma once
#include "UE/Engine.h"
