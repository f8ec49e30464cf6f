// AssetRegistry/AssetRegistryModule.h: declared in UE/Editor.h (see there).
#pragma once
#include "UE/Editor.h"
