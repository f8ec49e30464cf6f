// Modules/ModuleManager.h: declared in UE/Core.h (see there).
#pragma once
#include "UE/Core.h"
