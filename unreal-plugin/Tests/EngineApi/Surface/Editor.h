// Editor.h: declared in UE/Editor.h (see there).
// module: UnrealEd
#pragma once
#include "UE/Editor.h"
