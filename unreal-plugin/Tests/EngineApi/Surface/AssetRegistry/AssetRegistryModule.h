// AssetRegistry/AssetRegistryModule.h: declared in UE/Editor.h (see there).
// module: AssetRegistry
#pragma once
#include "UE/Editor.h"
